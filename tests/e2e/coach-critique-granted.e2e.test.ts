import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium, type LaunchedChromium } from '../../lib/demo/chromium';
import { startReplicaServer, type ReplicaServer } from '../../lib/demo/replica-server';
import { startOpenAIServer, type OpenAIServer } from './support/openai-server';

// Invented values of real shapes; the marker word is harmless text, the positive control
// that shows the search looks at what the server really received.
const email = 'r.vandenberg@voorbeeldbedrijf.nl';
const iban = 'NL02 ABNA 0123 4567 89';
const marker = 'Zephyrquartz';
const prompt = `Write a payment reminder for the ${marker} account to ${email}, pay to ${iban}.`;

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

let openai: OpenAIServer;
let replicas: ReplicaServer;
let chromium: LaunchedChromium;
let chat: Page;
let panel: Page;

/**
 * A build that already holds host permission for the loopback server: the one thing a
 * headless browser cannot do is answer the permission prompt a user would click through.
 */
function buildWithLoopbackPermission(): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'ascent-critique-'));
  execFileSync('npx', ['wxt', 'build'], {
    env: {
      ...process.env,
      ASCENT_OUT_DIR: outDir,
      ASCENT_TEST_HOST_PERMISSIONS: 'http://127.0.0.1/*',
    },
    stdio: 'ignore',
  });
  return path.join(outDir, 'chrome-mv3');
}

beforeAll(async () => {
  const extensionDir = buildWithLoopbackPermission();
  openai = await startOpenAIServer();
  replicas = await startReplicaServer({ https: true });
  chromium = await launchChromium({ extensionDir, headless: true, hostRulesPort: replicas.port });

  chat = await chromium.context.newPage();
  await chat.goto('https://chatgpt.com/c/critique-granted');
  panel = await chromium.context.newPage();
  await panel.goto(
    `chrome-extension://${chromium.extensionId}/sidepanel.html?tabUrl=https://chatgpt.com/*`,
  );
  await panel.getByRole('button', { name: 'Start' }).click();
  await panel.evaluate(
    (baseUrl) =>
      chrome.storage.local.set({
        critique: {
          enabled: true,
          provider: 'openai-compatible',
          baseUrl,
          model: 'test-model',
          apiVersion: '',
        },
        critiqueApiKey: 'sk-loopback-test',
      }),
    openai.baseUrl,
  );
});

afterAll(async () => {
  await chromium?.close();
  await replicas?.close();
  await openai?.close();
});

describe('the AI critique with access granted', () => {
  it('sends only redacted text, shows the critique and inserts the improved prompt with the real values', async () => {
    await chat.bringToFront();
    await chat.click('div#prompt-textarea');
    await chat.keyboard.type(prompt);

    await panel.bringToFront();
    const button = panel.getByRole('button', { name: 'Critique and improve' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await panel.getByTestId('critique-result').waitFor();

    const received = openai.requests.map((request) => request.body).join('\n');
    expect(received).toContain(marker);
    expect(received).not.toContain(email);
    expect(received).not.toContain(iban);
    expect(received).not.toContain(iban.replaceAll(' ', ''));

    await panel.getByRole('button', { name: 'Insert improved prompt' }).click();
    await expect.poll(() => chat.evaluate(() => window.__replica.text())).toContain(email);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium, pasteText, type LaunchedChromium } from '../../lib/demo/chromium';
import { startReplicaServer, type ReplicaServer } from '../../lib/demo/replica-server';
import { extensionDir as storeBuildDir } from './support/extension';

/** The extension APIs the page scripts below use (they run in extension pages). */
declare const chrome: {
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
};

// A chat tool only the organisation's pack knows, served by the ChatGPT replica.
const packHost = 'chat.intranet-ai.example';
const packOrigin = `https://${packHost}/*`;
const composer = 'div#prompt-textarea';
const email = 'r.vandenberg@voorbeeldbedrijf.nl';

const pack = {
  id: 'e2e-intranet',
  name: 'E2E intranet pack',
  version: '1.0.0',
  publisher: 'Ascent tests',
  updatedAt: '2026-12-01T00:00:00Z',
  dataRules: { fallback: { action: 'warn', allowOverride: true } },
  tools: {
    extraHosts: [
      {
        id: 'intranet-ai',
        name: 'Intranet AI',
        hosts: [packHost],
        editorKind: 'prosemirror',
        composerSelectors: ['div#prompt-textarea[contenteditable="true"]'],
        sendSelectors: ['button[data-testid="send-button"]'],
        replySelectors: ['div[data-message-author-role="assistant"]'],
      },
    ],
  },
};

/**
 * A build that already holds the pack host: a headless browser cannot answer the permission
 * prompt that the side panel's button opens for a user.
 */
function buildWithPackHostPermission(): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'ascent-pack-hosts-'));
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...process.env, ASCENT_OUT_DIR: outDir, ASCENT_TEST_HOST_PERMISSIONS: packOrigin },
    stdio: 'ignore',
  });
  return path.join(outDir, 'chrome-mv3');
}

/** Imports the pack through the options page, as an administrator's user would. */
async function importPack(chromium: LaunchedChromium): Promise<Page> {
  const options = await chromium.context.newPage();
  await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
  await options.setInputFiles('#pack-import', {
    name: 'intranet.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(pack)),
  });
  await expect.poll(() => options.textContent('[data-testid="pack-version"]')).toBe('1.0.0');
  return options;
}

async function startBrowser(extensionDir: string, port: number): Promise<LaunchedChromium> {
  return launchChromium({ extensionDir, headless: true, hostRulesPort: port });
}

describe('a host added by a policy pack', () => {
  let replicas: ReplicaServer;

  beforeAll(async () => {
    replicas = await startReplicaServer({ https: true });
  });

  afterAll(async () => {
    await replicas?.close();
  });

  describe('once the host is granted', () => {
    let chromium: LaunchedChromium;

    beforeAll(async () => {
      chromium = await startBrowser(buildWithPackHostPermission(), replicas.port);
    });

    afterAll(async () => {
      await chromium?.close();
    });

    it('gets the content script, which warns about an e-mail address pasted there', async () => {
      const options = await importPack(chromium);
      await expect
        .poll(() =>
          options.evaluate(async () =>
            (await chrome.scripting.getRegisteredContentScripts()).flatMap(
              (script) => script.matches ?? [],
            ),
          ),
        )
        .toEqual([packOrigin]);

      const chat = await chromium.context.newPage();
      await chat.goto(`https://${packHost}/c/1`);
      await chat.waitForSelector(composer);
      await pasteText(chat, composer, `mail ${email} about it`);

      await chat.locator('[data-ascent="paste-warning"]').waitFor({ timeout: 10_000 });
    });
  });

  describe('before the host is granted', () => {
    let chromium: LaunchedChromium;

    beforeAll(async () => {
      chromium = await startBrowser(storeBuildDir, replicas.port);
    });

    afterAll(async () => {
      await chromium?.close();
    });

    it('offers a one-click "Allow Ascent" in the side panel and leaves the page alone', async () => {
      await importPack(chromium);
      const chat = await chromium.context.newPage();
      await chat.goto(`https://${packHost}/c/2`);
      await chat.waitForSelector(composer);

      const panel = await chromium.context.newPage();
      const query = new URLSearchParams({ tabUrl: packOrigin });
      await panel.goto(`chrome-extension://${chromium.extensionId}/sidepanel.html?${query}`);
      await panel.getByRole('button', { name: 'Start' }).click();

      const allow = panel.getByRole('button', { name: `Allow Ascent on ${packHost}` });
      await allow.waitFor({ timeout: 10_000 });

      // Not granted, not checked: the paste goes in (so it did happen) and no notice shows.
      await pasteText(chat, composer, `mail ${email} about it`);
      await expect.poll(() => chat.textContent(composer)).toContain(email);
      expect(await chat.locator('ascent-notice').count()).toBe(0);
    });
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openPanel, startSession, type Session } from './support/extension';
import { startOpenAIServer, type OpenAIServer } from './support/openai-server';

const composer = 'div#prompt-textarea';
// Invented values of real shapes; the marker is harmless text, the positive control.
const email = 'm.jansen@voorbeeldbedrijf.nl';
const iban = 'NL02 ABNA 0123 4567 89';
const marker = 'Zephyrquartz';
const prompt = `Write a payment reminder for the ${marker} account to ${email}, pay to ${iban}.`;

// The page-side API the test writes storage through (extension pages only).
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

let session: Session;
let server: OpenAIServer;
let chat: Page;
let panel: Page;

/** What WXT's `local:` items hold, written the way the options page saves them. */
async function configureCritique(page: Page, baseUrl: string): Promise<void> {
  await page.evaluate(
    (url) =>
      chrome.storage.local.set({
        critique: {
          enabled: true,
          provider: 'openai-compatible',
          baseUrl: url,
          model: 'test-model',
          apiVersion: '',
        },
        critiqueApiKey: 'sk-loopback-test',
      }),
    baseUrl,
  );
}

beforeAll(async () => {
  server = await startOpenAIServer();
  session = await startSession();
  chat = await session.chromium.context.newPage();
  await chat.goto('https://chatgpt.com/c/critique');
  panel = await openPanel(session, 'https://chatgpt.com/*');

  await panel.locator('#onboarding-role').waitFor();
  await panel.selectOption('#onboarding-role', 'finance');
  await panel.getByRole('button', { name: 'Start' }).click();
  await panel.locator('[data-testid="tab-status"][data-composer="attached"]').waitFor();
});

afterAll(async () => {
  await session?.stop();
  await server?.close();
});

describe('the AI critique', () => {
  it('is off until the user turns it on', async () => {
    await panel.getByText('AI critique is off').waitFor();
    expect(server.requests).toHaveLength(0);
  });

  it('sends nothing without host permission and offers to ask for it, keeping the coach working', async () => {
    await configureCritique(panel, server.baseUrl);
    await chat.bringToFront();
    await chat.click(composer);
    await chat.keyboard.type(prompt);

    await panel.bringToFront();
    const button = panel.getByRole('button', { name: 'Critique and improve' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();

    await panel.getByTestId('critique-error').waitFor();
    expect(await panel.getByTestId('critique-error').getAttribute('data-code')).toBe(
      'no-permission',
    );
    await panel.getByRole('button', { name: 'Allow access and critique' }).waitFor();
    expect(server.requests).toHaveLength(0);
    expect(await panel.getByTestId('tip').count()).toBe(3);
    expect(await panel.getByTestId('prompt-score').count()).toBe(1);
  });

  // The granted round trip is in coach-critique-granted.e2e.test.ts, on a build that holds
  // the loopback host permission up front.
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pasteText } from '../../lib/demo/chromium';
import { openChatWithPanel, startSession, toolCases, type Session } from './support/extension';

// An invented AWS key id of the real shape: the default pack blocks secrets.
const secret = 'deploy with AKIAZ7VQ3M5T2XKL9WQP please';
const chatgpt = toolCases.find((tool) => tool.id === 'chatgpt')!;

let session: Session;
let chat: Page;
let panel: Page;

beforeAll(async () => {
  session = await startSession();
  ({ chat, panel } = await openChatWithPanel(
    session,
    chatgpt.url,
    chatgpt.tabUrl,
    'software-engineer',
  ));
});

afterAll(async () => {
  await session?.stop();
});

function composerState(): Promise<string | null> {
  return panel.getByTestId('tab-status').getAttribute('data-composer');
}

async function pasteSecret(): Promise<void> {
  await chat.evaluate(() => window.__replica.rerender());
  await pasteText(chat, chatgpt.composer, secret);
}

describe('pausing Ascent on a site from the side panel', () => {
  it('lets a secret through and says so once paused from the keyboard', async () => {
    await expect.poll(() => composerState()).toBe('attached');

    await panel.getByRole('button', { name: 'Pause Ascent on this site' }).focus();
    await panel.keyboard.press('Enter');

    // The background's first answer after launch can take seconds (managed storage).
    await expect.poll(() => composerState(), { timeout: 10_000 }).toBe('paused');
    await panel.getByText('Paused on this site').waitFor();
    await pasteSecret();
    await expect.poll(() => chat.evaluate(() => window.__replica.text())).toContain(secret);
    expect(await chat.locator('[data-ascent="paste-blocked"]').count()).toBe(0);
  });

  it('intercepts the secret again once resumed', async () => {
    await panel.getByRole('button', { name: 'Resume Ascent on this site' }).click();

    await expect.poll(() => composerState()).toBe('attached');
    await pasteSecret();
    await chat.locator('[data-ascent="paste-blocked"]').waitFor({ state: 'visible' });
    expect(await chat.evaluate(() => window.__replica.text())).not.toContain(secret);
  });
});

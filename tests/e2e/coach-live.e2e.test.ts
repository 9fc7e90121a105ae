import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { analyzePrompt } from '../../lib/coaching/analyzer';
import { openChatWithPanel, startSession, type Session } from './support/extension';

const chatUrl = 'https://chatgpt.com/c/coach';
const tabUrl = 'https://chatgpt.com/*';
const composer = 'div#prompt-textarea';

const weak = 'write a post about our product';
const better =
  ' for LinkedIn. You are our B2B copywriter. The audience is IT managers at mid-sized firms who already use our backup tool. Announce the new restore feature in at most 80 words, friendly tone, no buzzwords, and end with one question. Give two versions and say which claims I should check.';

let session: Session;
let chat: Page;
let panel: Page;

beforeAll(async () => {
  session = await startSession();
  ({ chat, panel } = await openChatWithPanel(session, chatUrl, tabUrl, 'marketing'));
  await panel.getByRole('tab', { name: 'Coach' }).waitFor();
  await panel.locator('[data-testid="tab-status"][data-composer="attached"]').waitFor();
});

afterAll(async () => {
  await session?.stop();
});

async function score(): Promise<number> {
  return Number(await panel.getByTestId('prompt-score').getAttribute('data-score'));
}

async function clearComposer(): Promise<void> {
  await chat.bringToFront();
  await chat.click(composer);
  await chat.keyboard.press('Control+A');
  await chat.keyboard.press('Delete');
  await expect.poll(() => chat.evaluate(() => window.__replica.text().trim())).toBe('');
}

describe('the live score in the side panel', () => {
  it('shows a low score and a suggestion for the marketer for a weak prompt', async () => {
    await chat.bringToFront();
    await chat.click(composer);
    await chat.keyboard.type(weak);

    await panel.getByTestId('prompt-score').waitFor();
    await expect.poll(score).toBeLessThan(40);

    const expected = analyzePrompt(weak, { role: 'marketing' }).suggestions.map((s) => s.text);
    const general = analyzePrompt(weak, { role: 'general' }).suggestions.map((s) => s.text);
    expect(expected).not.toEqual(general);
    await expect.poll(() => panel.getByTestId('suggestion').allTextContents()).toEqual(expected);
  });

  it('raises the score when the prompt improves', async () => {
    const before = await score();
    await chat.bringToFront();
    await chat.click(composer);
    await chat.keyboard.press('End');
    await chat.keyboard.type(better);

    await expect.poll(score).toBeGreaterThan(before + 25);
    expect(await panel.getByTestId('dimension').count()).toBe(8);
  });
});

describe('the template library', () => {
  it('finds a template by search and inserts it into the composer with one click', async () => {
    await clearComposer();
    await panel.bringToFront();
    await panel.getByRole('searchbox', { name: 'Search templates' }).fill('social post');

    const item = panel.locator('[data-testid="template"][data-template-id="marketing-post"]');
    await expect.poll(() => panel.getByTestId('template').count()).toBe(1);
    await item.getByRole('button').click();

    await panel.getByText('Template inserted into the composer').waitFor();
    await expect
      .poll(() => chat.evaluate(() => window.__replica.text()))
      .toContain('You are a B2B copywriter. Write a LinkedIn post announcing [news]');
    await expect.poll(score).toBeGreaterThan(40);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pasteText } from '../../lib/demo/chromium';
import { startSession, type Session } from './support/extension';

/**
 * The inline choice keeps keyboard focus while it holds a paste: Tab and Shift+Tab cycle
 * through its controls instead of leaving for the chat page, on a rich editor that pulls
 * focus back after a paste and on a plain textarea.
 */
const sites = [
  {
    name: 'ChatGPT (ProseMirror)',
    url: 'https://chatgpt.com/c/keys',
    composer: 'div#prompt-textarea',
  },
  {
    name: 'Copilot (React textarea)',
    url: 'https://copilot.microsoft.com/',
    composer: 'textarea#userInput',
  },
];

// Invented value of the real AWS key id shape: the built-in policy blocks it with an override.
const awsKeyId = 'AKIAZ7VQ3M5T2XKL9WQP';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.stop();
});

/** The `data-action` of each control in the choice, in document order. */
function choiceActions(chat: Page): Promise<string[]> {
  return chat
    .locator('[data-ascent="paste-blocked"] [data-action]')
    .evaluateAll((controls) => controls.map((control) => (control as HTMLElement).dataset.action!));
}

/** The `data-action` of the control that has focus inside the choice, or null. */
function focusedAction(chat: Page): Promise<string | null> {
  return chat.evaluate(() => {
    const focused = document.querySelector('ascent-notice')?.shadowRoot?.activeElement;
    return (focused as HTMLElement | null | undefined)?.dataset.action ?? null;
  });
}

describe.each(sites)('the paste choice on $name', (site) => {
  let chat: Page;

  beforeAll(async () => {
    chat = await session.chromium.context.newPage();
    await chat.goto(site.url);
    await chat.waitForSelector(site.composer);
  });

  afterAll(async () => {
    await chat.close();
  });

  it('cycles Tab and Shift+Tab through its controls and still cancels on Escape', async () => {
    await chat.click(site.composer);
    await pasteText(chat, site.composer, `key ${awsKeyId}`);
    await chat.locator('[data-ascent="paste-blocked"]').waitFor();
    const actions = await choiceActions(chat);
    expect(actions.length).toBeGreaterThan(1);
    await expect.poll(() => focusedAction(chat)).toBe(actions[0]);

    const visited: (string | null)[] = [];
    for (let step = 0; step < actions.length; step++) {
      await chat.keyboard.press('Tab');
      visited.push(await focusedAction(chat));
    }
    expect(visited).toEqual([...actions.slice(1), actions[0]]);

    await chat.keyboard.press('Shift+Tab');
    expect(await focusedAction(chat)).toBe(actions.at(-1));

    await chat.keyboard.press('Escape');
    await expect.poll(() => chat.locator('ascent-notice').count()).toBe(0);
    expect(await chat.evaluate(() => window.__replica.text())).not.toContain(awsKeyId);
  });
});

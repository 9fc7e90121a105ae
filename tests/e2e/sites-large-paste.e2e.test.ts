import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pasteText } from '../../lib/demo/chromium';
import { startSession, type Session } from './support/extension';

/**
 * A paste over 256 KB is held, scanned in slices and inserted as plain text with a notice;
 * a secret at its very end is still found and nothing goes in before the user decides.
 */
const sites = [
  {
    name: 'Copilot (React textarea)',
    url: 'https://copilot.microsoft.com/',
    composer: 'textarea#userInput',
  },
  {
    name: 'ChatGPT (ProseMirror)',
    url: 'https://chatgpt.com/c/large',
    composer: 'div#prompt-textarea',
  },
];

// About 300 KB of clean text in lines, and an invented AWS key id of the real shape.
const filler = Array.from(
  { length: 6000 },
  (_, line) => `Line ${line}: quarterly notes, nothing to hide.`,
).join('\n');
const secret = 'AKIAQ4XN7B2M6TPL3VDE';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.stop();
});

describe.each(sites)('on $name', (site) => {
  let chat: Page;

  const replicaText = () => chat.evaluate(() => window.__replica.text());

  beforeAll(async () => {
    chat = await session.chromium.context.newPage();
    await chat.goto(site.url);
    await chat.waitForSelector(site.composer);
  });

  afterAll(async () => {
    await chat.close();
  });

  it('inserts a clean large paste whole, with a notice', async () => {
    expect(filler.length).toBeGreaterThan(256 * 1024);
    await pasteText(chat, site.composer, filler);

    await chat.locator('[data-ascent="paste-large"]').waitFor({ timeout: 20_000 });
    await expect
      .poll(async () => (await replicaText()).replace(/\s+/g, ' ').trim())
      .toBe(filler.replace(/\s+/g, ' ').trim());
  });

  it('blocks a large paste with a secret at its end and inserts nothing', async () => {
    await chat.evaluate(() => window.__replica.rerender());
    await expect.poll(replicaText).toBe('');

    await pasteText(chat, site.composer, `${filler}\nkey ${secret}`);

    await chat.locator('[data-ascent="paste-blocked"]').waitFor({ timeout: 20_000 });
    expect(await replicaText()).toBe('');

    await chat.keyboard.press('Escape');
    await expect.poll(() => chat.locator('[data-ascent="paste-blocked"]').count()).toBe(0);
    expect(await replicaText()).toBe('');
  });
});

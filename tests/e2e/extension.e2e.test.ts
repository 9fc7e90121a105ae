import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pasteText } from '../../lib/demo/chromium';
import {
  openPanel,
  readStoredEvents,
  startSession,
  toolCases,
  type Session,
} from './support/extension';

// Invented values: a Luhn-valid card, an AWS key id of the real shape, an e-mail address.
const email = 'm.jansen@voorbeeldbedrijf.nl';
const awsKeyId = 'AKIAZ7VQ3M5T2XKL9WQP';
const card = '4539 1488 0343 6467';
const risky = `Hoi, kun je deze mail herschrijven? Stuur de factuur naar ${email}. Key ${awsKeyId}, kaart ${card}.`;
const harmless = 'Summarise the three options we discussed for the Tuesday planning meeting.';

let session: Session;
let panel: Page;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.stop();
});

/** The first open of the panel asks for the role; the tests pick a non-default one. */
async function finishOnboarding(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('privacy-lines').locator('li').count()).toBe(3);
  await page.selectOption('#onboarding-role', 'software-engineer');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('tab', { name: 'Coach' }).waitFor();
}

async function showPanelFor(tabUrl: string): Promise<Page> {
  await panel?.close();
  panel = await openPanel(session, tabUrl);
  return panel;
}

async function composerState(page: Page): Promise<string | null> {
  return page.getByTestId('tab-status').getAttribute('data-composer');
}

describe('first open of the side panel', () => {
  it('asks for the role and says what Ascent stores', async () => {
    const page = await showPanelFor('https://chatgpt.com/*');

    await finishOnboarding(page);

    await expect.poll(() => page.getByTestId('role').textContent()).toBe('Software engineer');
  });
});

describe.each(toolCases)('on $name', (tool) => {
  let chat: Page;

  beforeAll(async () => {
    chat = await session.chromium.context.newPage();
    await chat.goto(tool.url);
  });

  afterAll(async () => {
    await chat.close();
  });

  it('attaches to the composer and shows the tool and role tips in the side panel', async () => {
    const page = await showPanelFor(tool.tabUrl);

    await expect.poll(() => composerState(page)).toBe('attached');
    expect(await page.getByTestId('tool-name').textContent()).toBe(tool.name);
    expect(await page.getByTestId('tip').count()).toBe(3);
    expect(await page.locator('[data-tip-id^="engineer-"]').count()).toBeGreaterThan(0);
  });

  it('holds a risky paste in the page and lists the findings in the side panel', async () => {
    await pasteText(chat, tool.composer, risky);

    // The default pack blocks secrets (with an override) and warns on personal data.
    await chat.locator('[data-ascent="paste-blocked"]').waitFor({ state: 'visible' });
    expect(await chat.evaluate(() => window.__replica.text())).not.toContain('Hoi, kun je');

    const page = await showPanelFor(tool.tabUrl);
    const types = page.getByTestId('finding');
    await expect.poll(() => types.count()).toBe(3);
    expect(await types.evaluateAll((items) => items.map((item) => item.dataset.type))).toEqual([
      'email',
      'aws_access_key_id',
      'credit_card',
    ]);
    expect(await page.content()).not.toContain(awsKeyId);
  });

  it('records the paste as an event of counts only', async () => {
    const events = await readStoredEvents(panel);
    const paste = events.filter((event) => event.tool === tool.id && event.kind === 'paste').at(-1);

    expect(paste).toMatchObject({
      role: 'software-engineer',
      promptLength: risky.length,
      findingCounts: { contact: 1, secret: 1, financial: 1 },
    });
    expect(JSON.stringify(events)).not.toContain(email);
  });

  it('leaves a harmless paste to the page and shows no warning', async () => {
    await chat.evaluate(() => window.__replica.rerender());
    await pasteText(chat, tool.composer, harmless);

    await expect.poll(() => chat.evaluate(() => window.__replica.text())).toContain(harmless);
    expect(await chat.locator('[data-ascent="paste-warning"]').count()).toBe(0);

    const page = await showPanelFor(tool.tabUrl);
    await page.getByText('Nothing sensitive found in the last paste.').waitFor();
  });

  it('says "not attached" when the composer goes, and re-attaches when it returns', async () => {
    const page = await showPanelFor(tool.tabUrl);
    await chat.evaluate(() => window.__replica.removeComposer());

    await expect.poll(() => composerState(page), { timeout: 8000 }).toBe('not-attached');
    await page.getByText('No prompt composer found on this page').waitFor();

    await chat.evaluate(() => window.__replica.restoreComposer());
    await expect.poll(() => composerState(page)).toBe('attached');
  });

  it('keeps guarding after in-app navigation to a new conversation', async () => {
    await chat.evaluate(() => window.__replica.navigate('/new-conversation'));
    await pasteText(chat, tool.composer, `mail ${email}`);

    await chat.locator('[data-ascent="paste-warning"]').waitFor({ state: 'visible' });
    expect(await chat.locator('ascent-notice').count()).toBe(1);
  });

  it('records a submitted prompt', async () => {
    await chat.evaluate(() => window.__replica.rerender());
    await chat.click(tool.composer);
    await chat.keyboard.type('Explain the difference between a list and a tuple.');
    await chat.keyboard.press('Enter');

    await expect.poll(() => chat.evaluate(() => window.__replica.sent.length)).toBeGreaterThan(0);
    await expect
      .poll(
        async () =>
          (await readStoredEvents(panel)).filter(
            (event) => event.tool === tool.id && event.kind === 'submit',
          ).length,
      )
      .toBe(1);
  });
});

describe('the progress view', () => {
  it('lists the latest events and a count for today', async () => {
    const page = await showPanelFor('https://chatgpt.com/*');
    await page.getByRole('tab', { name: 'Progress' }).click();

    await expect.poll(() => page.getByTestId('event').count()).toBe(10);
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    const stored = await readStoredEvents(page);
    expect(
      await page.locator(`[data-testid="day-count"][data-day="${today}"] strong`).textContent(),
    ).toBe(String(stored.length));
  });
});

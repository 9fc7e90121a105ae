import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { summarizeByDay } from '../../lib/progress/day-summary';
import type { ProgressEvent } from '../../lib/progress/event';
import { packEvent } from '../../lib/progress/packed-event';
import { toStoredEvents } from '../unit/progress/stored-history';
import { syntheticHistory } from '../unit/progress/synthetic-history';
import { openPanel, startSession, type Session } from './support/extension';

let session: Session;
let page: Page;
// The Dutch check needs a browser of its own; only one runs at a time.
let sessionStopped = false;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  if (!sessionStopped) await session?.stop();
});

/** Four weeks of practice with rising prompt scores, ending now; no lesson taken yet. */
function seedEvents() {
  const history = syntheticHistory({
    end: Date.now(),
    weeks: 4,
    activeDaysPerWeek: 3,
    scoreFrom: 40,
    scoreTo: 70,
    pastesPerDay: 2,
    techniques: 3,
  });
  return toStoredEvents(history);
}

/**
 * Writes events into the extension's own IndexedDB, which the page has already opened,
 * with the day summaries the background's recorder keeps beside them.
 */
async function seed(target: Page, events: ProgressEvent[]): Promise<void> {
  await target.evaluate(
    ({ records, summaries }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ascent');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction(['events', 'summaries'], 'readwrite');
          for (const record of records) transaction.objectStore('events').add(record);
          for (const summary of summaries) transaction.objectStore('summaries').put(summary);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { records: events.map(packEvent), summaries: [...summarizeByDay(events).values()] },
  );
}

async function openProgressPage(): Promise<Page> {
  const opened = await session.chromium.context.newPage();
  await opened.goto(`chrome-extension://${session.chromium.extensionId}/progress.html`);
  return opened;
}

const skillValue = (target: Page, skill: string) =>
  target.locator(`[data-testid="skill"][data-skill="${skill}"]`).getAttribute('data-value');

async function visibleState(target: Page) {
  await target.getByTestId('level').waitFor();
  return {
    level: await target.getByTestId('level').getAttribute('data-level'),
    summary: await target.getByTestId('chart-summary').textContent(),
    skills: await target
      .getByTestId('skill')
      .evaluateAll((items) => items.map((item) => `${item.dataset.skill}=${item.dataset.value}`)),
  };
}

describe('the progress panel', () => {
  it('says what to do first when nothing is stored', async () => {
    page = await openProgressPage();

    await page.getByTestId('progress-empty').waitFor();
    await page.getByRole('button', { name: 'Start the first lesson' }).waitFor();
  });

  it('shows the level, the chart and the next step of a seeded history', async () => {
    await seed(page, seedEvents());
    await page.reload();

    await page.getByTestId('level').waitFor();
    expect(await page.getByTestId('level').getAttribute('data-level')).toBe('foundation');
    await page.locator('[data-testid="quality-chart"] canvas').waitFor();
    expect(await page.getByTestId('chart-summary').textContent()).toMatch(
      /Daily median prompt score over \d+ days/,
    );
    expect(await page.getByTestId('practise-next').textContent()).toContain('Practise next');
    expect(await page.getByTestId('missing').locator('li').count()).toBeGreaterThan(0);
  });

  it('raises the skill bar after a passed lesson check', async () => {
    const before = Number(await skillValue(page, 'understanding-ai'));

    await page.getByRole('button', { name: 'Lessons' }).click();
    await page.locator('[data-testid="lesson-item"][data-lesson="what-ai-is"] button').click();
    const questions = page.getByTestId('question');
    for (const [index, answer] of [1, 0, 2].entries()) {
      await questions.nth(index).locator('input[type="radio"]').nth(answer).check();
    }
    await page.getByRole('button', { name: 'Check my answers' }).click();
    expect(await page.getByTestId('lesson-result').getAttribute('data-passed')).toBe('true');

    await page.getByRole('button', { name: 'Overview' }).click();
    await expect
      .poll(async () => Number(await skillValue(page, 'understanding-ai')))
      .toBeGreaterThan(before);
  });

  it('restores the same view after export, delete and import', async () => {
    const before = await visibleState(page);

    await page.getByRole('button', { name: 'Your data' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-history').click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { events: unknown[] };
    expect(exported.events.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Delete my data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText('Your progress data is deleted.').waitFor();
    await page.getByRole('button', { name: 'Overview' }).click();
    await page.getByTestId('progress-empty').waitFor();

    await page.getByRole('button', { name: 'Your data' }).click();
    await page.setInputFiles('#import-history', file);
    await page.getByText(/^Imported \d+ records/).waitFor();
    await page.getByRole('button', { name: 'Overview' }).click();

    expect(await visibleState(page)).toEqual(before);
  });

  it('refuses a bad file with a message and keeps the history', async () => {
    await page.getByRole('button', { name: 'Your data' }).click();
    await page.setInputFiles('#import-history', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"ascent-history","version":1}'),
    });

    await page.getByText(/^File refused, nothing changed/).waitFor();
    const scored = page.locator('[data-testid="stored-count"][data-kind="scoredPrompts"] strong');
    // The counts load after the page shows '…'.
    await expect.poll(async () => Number(await scored.textContent())).toBeGreaterThan(0);
  });
});

describe('the progress tab of the side panel', () => {
  it('shows the same level as the full page', async () => {
    const full = await openProgressPage();
    await full.getByTestId('level').waitFor();
    const level = await full.getByTestId('level').getAttribute('data-level');

    const panel = await openPanel(session, 'https://chatgpt.com/*');
    await panel.getByRole('button', { name: 'Start' }).click();
    await panel.getByRole('tab', { name: 'Progress' }).click();

    await panel.getByTestId('level').waitFor();
    expect(await panel.getByTestId('level').getAttribute('data-level')).toBe(level);
    await panel.locator('[data-testid="quality-chart"] canvas').waitFor();
    expect(await panel.getByTestId('practise-next').count()).toBe(1);
  });
});

describe('the progress page in Dutch', () => {
  let dutch: Session;

  beforeAll(async () => {
    await session.stop();
    sessionStopped = true;
    dutch = await startSession({ lang: 'nl' });
  });

  afterAll(async () => {
    await dutch?.stop();
  });

  it('shows the level, the chart and the sections in Dutch', async () => {
    const opened = await dutch.chromium.context.newPage();
    await opened.goto(`chrome-extension://${dutch.chromium.extensionId}/progress.html`);
    await opened.getByTestId('progress-empty').waitFor();
    await seed(opened, seedEvents());
    await opened.reload();

    await opened.getByTestId('level').waitFor();
    await opened.getByRole('heading', { name: 'Je niveau' }).waitFor();
    await opened.getByRole('button', { name: 'Overzicht' }).waitFor();
    await opened.getByRole('button', { name: 'Lessen' }).waitFor();
    expect(await opened.getByTestId('chart-summary').textContent()).toMatch(
      /Dagelijkse mediaan van de promptscore over \d+ dagen/,
    );
  });
});

/**
 * Progress storage and panel speed (issue 7): a simulated year of heavy use, 100,000
 * events, stored in real Chromium IndexedDB through the built extension. Prints the size
 * on disk after the roll-up and the time until the progress page shows the level.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

import { launchChromium } from '../../lib/demo/chromium';
import type { BenchSection } from './section';

const eventCount = 100_000;
const dayMs = 24 * 60 * 60 * 1000;
const extensionDir = process.env.ASCENT_EXTENSION_DIR ?? '.output/chrome-mv3';
const techniques = ['clear-ask', 'persona', 'examples', 'constraints', 'steps', 'sources'];
const taskKinds = ['writing', 'summarising', 'coding', 'analysis', 'translating', 'deciding'];

/** One stored event of a heavy user: four prompts in five, one paste in five. */
function simulatedEvent(index: number, now: number): Record<string, unknown> {
  const time = now - Math.floor((index / eventCount) * 365 * dayMs);
  const base = { time, tool: ['chatgpt', 'claude', 'gemini'][index % 3], role: 'data-analyst' };
  if (index % 5 === 4) {
    return { ...base, kind: 'paste', outcome: 'clean', findingCounts: {}, promptLength: 800 };
  }

  return {
    ...base,
    kind: 'submit',
    outcome: 'clean',
    score: 40 + (index % 50),
    dimensions: { task_clarity: 1, context_audience: 0.5, output_format: 0.6, verification: 0 },
    techniques: [techniques[index % 6], techniques[(index + 2) % 6]],
    taskKind: taskKinds[index % 6],
    conversationId: `c${Math.floor(index / 3)}`,
    followsAnswer: index % 3 !== 0,
    asksVerification: index % 7 === 0,
    findingCounts: {},
    promptLength: 300 + (index % 400),
  };
}

async function seed(page: Page, now: number): Promise<void> {
  for (let start = 0; start < eventCount; start += 10_000) {
    const batch = Array.from({ length: 10_000 }, (_, offset) =>
      simulatedEvent(start + offset, now),
    );
    await page.evaluate(
      (records) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('ascent');
          request.onsuccess = () => {
            const transaction = request.result.transaction('events', 'readwrite');
            for (const record of records) transaction.objectStore('events').add(record);
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      batch,
    );
  }
}

function directorySize(dir: string): number {
  return readdirSync(dir).reduce((sum, entry) => {
    const full = path.join(dir, entry);
    const stats = statSync(full);
    return sum + (stats.isDirectory() ? directorySize(full) : stats.size);
  }, 0);
}

function indexedDbSize(profile: string, extensionId: string): number {
  const dir = path.join(profile, 'Default', 'IndexedDB');
  return readdirSync(dir)
    .filter((entry) => entry.includes(extensionId))
    .reduce((sum, entry) => sum + directorySize(path.join(dir, entry)), 0);
}

async function openPage(context: import('playwright-core').BrowserContext, id: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/progress.html`);
  await page
    .getByTestId('level')
    .or(page.getByTestId('progress-empty'))
    .waitFor({ timeout: 60_000 });
  return page;
}

/** Milliseconds from navigation start until the level is on screen. */
async function renderTime(page: Page): Promise<number> {
  await page.reload();
  await page.getByTestId('level').waitFor({ timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

async function run(): Promise<void> {
  const profile = mkdtempSync(path.join(tmpdir(), 'ascent-bench-progress-'));
  const now = Date.now();
  try {
    let chromium = await launchChromium({ extensionDir, headless: true, userDataDir: profile });
    await seed(await openPage(chromium.context, chromium.extensionId), now);
    await chromium.closeBrowserOnly();

    // A restart runs the background's roll-up of events older than 180 days.
    chromium = await launchChromium({ extensionDir, headless: true, userDataDir: profile });
    const page = await openPage(chromium.context, chromium.extensionId);
    await page.waitForTimeout(5000);
    const times = [];
    for (let run = 0; run < 5; run++) times.push(await renderTime(page));
    await chromium.closeBrowserOnly();

    const size = indexedDbSize(profile, chromium.extensionId) / 1024 / 1024;
    const median = times.sort((a, b) => a - b)[2]!;
    console.log('\n| measure | value | goal |\n|---|---|---|');
    console.log(
      `| IndexedDB on disk, ${eventCount} events after roll-up | ${size.toFixed(1)} MB | < 10 MB |`,
    );
    console.log(
      `| progress page: opening to level shown (median of 5) | ${Math.round(median)} ms | < 500 ms |`,
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export const progressSection: BenchSection = { name: 'Progress', run };

/**
 * Progress storage and panel speed (issue 7): a simulated year of heavy use, 100,000
 * events, stored in real Chromium IndexedDB through the built extension. The background's
 * roll-up runs as it would after a year; then the size of the extension's IndexedDB on
 * disk (browser closed, and again after a reopen lets LevelDB fold its log into tables)
 * and the time until the progress page shows the level, with and without its cache.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

import { launchChromium, type LaunchedChromium } from '../../lib/demo/chromium';
import { summarizeByDay } from '../../lib/progress/day-summary';
import type { ProgressEvent } from '../../lib/progress/event';
import { packEvent } from '../../lib/progress/packed-event';
import type { BenchSection } from './section';

const eventCount = 100_000;
const dayMs = 24 * 60 * 60 * 1000;
const extensionDir = process.env.ASCENT_EXTENSION_DIR ?? '.output/chrome-mv3';
const techniques = ['clear-ask', 'persona', 'examples', 'constraints', 'steps', 'sources'];
const taskKinds = ['writing', 'summarising', 'coding', 'analysis', 'translating', 'deciding'];

/** Like the content script's ids (a UUID without dashes): 32 hex digits that look random. */
function conversationId(conversation: number): string {
  let hash = conversation + 1;
  let id = '';
  while (id.length < 32) {
    hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0;
    id += hash.toString(16).padStart(8, '0');
  }

  return id;
}

/** One stored event of a heavy user: four prompts in five, one paste in five. */
function simulatedEvent(index: number, now: number): ProgressEvent {
  const time = now - Math.floor((index / eventCount) * 365 * dayMs);
  const base = { time, tool: ['chatgpt', 'claude', 'gemini'][index % 3], role: 'data-analyst' };
  if (index % 5 === 4) {
    const paste = { kind: 'paste', outcome: 'clean', findingCounts: {}, promptLength: 800 };
    return { ...base, ...paste } as ProgressEvent;
  }

  return {
    ...base,
    kind: 'submit',
    outcome: 'clean',
    score: 40 + (index % 50),
    dimensions: { task_clarity: 1, context_audience: 0.5, output_format: 0.6, verification: 0 },
    techniques: [techniques[index % 6], techniques[(index + 2) % 6]],
    taskKind: taskKinds[index % 6],
    conversationId: conversationId(Math.floor(index / 3)),
    followsAnswer: index % 3 !== 0,
    asksVerification: index % 7 === 0,
    findingCounts: {},
    promptLength: 300 + (index % 400),
  } as ProgressEvent;
}

/** Adds records to one store of the extension's database, in one transaction. */
function addRecords(page: Page, store: string, records: readonly object[]): Promise<void> {
  return page.evaluate(
    ({ store, records }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ascent');
        request.onsuccess = () => {
          const transaction = request.result.transaction(store, 'readwrite');
          for (const record of records) transaction.objectStore(store).put(record);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { store, records },
  );
}

/** The events, and the day summaries the recorder would have kept while adding them. */
async function seed(page: Page, now: number): Promise<void> {
  const events = Array.from({ length: eventCount }, (_, index) => simulatedEvent(index, now));

  for (let start = 0; start < eventCount; start += 10_000) {
    await addRecords(page, 'events', events.slice(start, start + 10_000).map(packEvent));
  }

  await addRecords(page, 'summaries', [...summarizeByDay(events).values()]);
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

/** Runs a small IndexedDB request in the extension's origin and answers its result. */
function inDatabase<T>(
  page: Page,
  store: string,
  operation: 'count' | 'clear-cache' | 'clear-rollup',
) {
  return page.evaluate(
    ({ store, operation }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('ascent');
        open.onsuccess = () => {
          const mode = operation === 'count' ? 'readonly' : 'readwrite';
          const table = open.result.transaction(store, mode).objectStore(store);
          const request =
            operation === 'count'
              ? table.count()
              : table.delete(operation === 'clear-cache' ? 'overview-cache' : 'last-rollup');
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { store, operation },
  );
}

/** Milliseconds from navigation start until the level is on screen. */
async function renderTime(page: Page, cached: boolean): Promise<number> {
  if (!cached) await inDatabase(page, 'meta', 'clear-cache');
  await page.reload();
  await page.getByTestId('level').waitFor({ timeout: 60_000 });
  return page.evaluate(() => performance.now());
}

async function medianRenderTime(page: Page, cached: boolean): Promise<number> {
  const times = [];
  for (let run = 0; run < 5; run++) times.push(await renderTime(page, cached));
  return times.sort((a, b) => a - b)[2]!;
}

const launch = (profile: string) =>
  launchChromium({ extensionDir, headless: true, userDataDir: profile });

/**
 * Seeds a year of events, then restarts with the last roll-up marked long ago, as it is
 * for anyone whose history grew over a year: the background rolls the old half up.
 */
async function seedAndRollUp(profile: string, now: number): Promise<LaunchedChromium> {
  const seeding = await launch(profile);
  const page = await openPage(seeding.context, seeding.extensionId);
  await seed(page, now);
  await inDatabase(page, 'meta', 'clear-rollup');
  await seeding.closeBrowserOnly();

  const chromium = await launch(profile);
  const opened = await openPage(chromium.context, chromium.extensionId);
  let days = 0;
  for (let tries = 0; tries < 120 && days === 0; tries++) {
    await opened.waitForTimeout(1000);
    days = await inDatabase<number>(opened, 'days', 'count');
  }

  const events = await inDatabase<number>(opened, 'events', 'count');
  console.log(`\nrolled up into ${days} days; ${events} of ${eventCount} events kept as they are`);
  await opened.close();
  return chromium;
}

async function run(): Promise<void> {
  const profile = mkdtempSync(path.join(tmpdir(), 'ascent-bench-progress-'));
  const now = Date.now();
  try {
    let chromium = await seedAndRollUp(profile, now);
    const page = await openPage(chromium.context, chromium.extensionId);
    const cold = await medianRenderTime(page, false);
    const warm = await medianRenderTime(page, true);
    await chromium.closeBrowserOnly();
    const closed = indexedDbSize(profile, chromium.extensionId) / 1024 / 1024;

    // Reopening replays LevelDB's log into compressed tables, as the next browser start does.
    chromium = await launch(profile);
    await (await openPage(chromium.context, chromium.extensionId)).waitForTimeout(10_000);
    await chromium.closeBrowserOnly();
    const settled = indexedDbSize(profile, chromium.extensionId) / 1024 / 1024;

    const row = (measure: string, value: string, goal: string) =>
      console.log(`| ${measure} | ${value} | ${goal} |`);
    console.log('\n| measure | value | goal |\n|---|---|---|');
    row(
      `IndexedDB on disk, ${eventCount} events, rolled up, browser closed`,
      `${closed.toFixed(1)} MB`,
      '< 10 MB',
    );
    row('the same after the next browser start', `${settled.toFixed(1)} MB`, '< 10 MB');
    row(
      'progress page: opening to level shown, worked out (median of 5)',
      `${Math.round(cold)} ms`,
      '< 500 ms',
    );
    row('the same with the cached overview (median of 5)', `${Math.round(warm)} ms`, '< 500 ms');
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export const progressSection: BenchSection = { name: 'Progress', run };

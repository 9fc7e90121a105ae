/**
 * Sites benchmark (issue #5): the content script's size, its main-thread cost per keystroke
 * on a 10,000-character prompt, how soon it attaches to a new composer, and the longest
 * task while a 1 MB paste is held, scanned and inserted. Runs the built extension
 * (ASCENT_EXTENSION_DIR, default .output/chrome-mv3) in Chromium on the replica pages.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

import { launchChromium } from '../../lib/demo/chromium';
import { startReplicaServer } from '../../lib/demo/replica-server';
import {
  containsReact,
  contentScriptBudgetBytes,
  formatKb,
} from '../support/content-script-budget';
import type { BenchSection } from './section';

const extensionDir = process.env.ASCENT_EXTENSION_DIR ?? '.output/chrome-mv3';
const contentScript = path.join(extensionDir, 'content-scripts', 'content.js');
const keystrokes = 60;

declare global {
  interface Window {
    __bench: { costs: number[]; longTasks: number[]; start: number };
  }
}

/**
 * Installed before any page script: a window capture listener registered first notes the
 * time, a document capture listener (which runs after every window listener, the content
 * script's included) measures what ran in between.
 */
function installProbes(): void {
  window.__bench = { costs: [], longTasks: [], start: 0 };
  for (const type of ['keydown', 'input', 'keyup']) {
    window.addEventListener(type, () => (window.__bench.start = performance.now()), true);
    document.addEventListener(
      type,
      () => window.__bench.costs.push(performance.now() - window.__bench.start),
      true,
    );
  }

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

function contentScriptSize(): string[] {
  if (!existsSync(contentScript)) return [`| content script | not built (${contentScript}) |`];

  const bytes = statSync(contentScript).size;
  const code = readFileSync(contentScript, 'utf8');
  const react = containsReact(code);
  const left = contentScriptBudgetBytes - bytes;
  return [
    `| content script size (minified) | ${formatKb(bytes)} (goal < ${formatKb(contentScriptBudgetBytes)}) |`,
    `| content script budget (tests/unit/content-script-size.test.ts) | ${left > 0 ? `within, ${formatKb(left)} left` : `OVER by ${formatKb(-left)}`} |`,
    `| React in the content script | ${react ? 'yes (must not be)' : 'no'} |`,
  ];
}

/** Fills the composer with a 10,000-character prompt, then types and measures each key. */
async function keystrokeCost(page: Page): Promise<number[]> {
  await page.goto('https://chatgpt.com/c/bench');
  await page.waitForSelector('div#prompt-textarea');
  const prompt = 'Please review the following meeting notes and list the open decisions. '
    .repeat(140)
    .slice(0, 10_000);
  await page.evaluate((text) => navigator.clipboard.writeText(text), prompt);
  await page.click('div#prompt-textarea');
  await page.keyboard.press('Control+V');
  await page.waitForTimeout(500);

  await page.evaluate(() => (window.__bench.costs = []));
  for (let index = 0; index < keystrokes; index += 1) await page.keyboard.type('a');
  await page.waitForTimeout(800);

  return page.evaluate(() => window.__bench.costs);
}

/** Time from a new composer appearing to the content script reporting it attached. */
async function attachTime(page: Page, probe: Page): Promise<number> {
  await page.evaluate(() => window.__replica.removeComposer());
  await page.waitForTimeout(200);
  const started = Date.now();
  await page.evaluate(() => window.__replica.restoreComposer());

  for (;;) {
    const state = await probe.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser })
        .chrome;
      const [tab] = await api.tabs.query({ url: 'https://chatgpt.com/*' });
      const status = (await api.tabs.sendMessage(tab!.id!, { type: 'get-tab-status' })) as {
        composer: string;
      };
      return status.composer;
    });
    if (state === 'attached') return Date.now() - started;
  }
}

/** The longest task while a 1 MB paste (with one e-mail address) is held and inserted. */
async function largePaste(page: Page): Promise<number> {
  await page.goto('https://huggingface.co/chat/');
  await page.waitForSelector('form textarea');
  const line = 'Row 1234, status shipped, warehouse Utrecht, carrier notes follow here.\n';
  const text = `${line.repeat(Math.ceil(1_048_576 / line.length))}contact m.jansen@example.nl`;
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.evaluate(() => (window.__bench.longTasks = []));
  await page.click('form textarea');
  await page.keyboard.press('Control+V');
  await page.waitForFunction((length) => window.__replica.text().length >= length, text.length, {
    timeout: 60_000,
  });

  return page.evaluate(() => Math.max(0, ...window.__bench.longTasks));
}

async function measure(context: BrowserContext, extensionId: string): Promise<string[]> {
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/sidepanel.html`);

  const costs = await keystrokeCost(page);
  const attach: number[] = [];
  for (let round = 0; round < 5; round += 1) attach.push(await attachTime(page, probe));
  const longest = await largePaste(page);

  return [
    `| main-thread cost per keystroke, 10,000-char prompt (median of ${keystrokes}, all listeners) | ${ms(median(costs))} (goal < 2 ms) |`,
    `| worst keystroke | ${ms(Math.max(0, ...costs))} |`,
    `| attach after the composer appears (median of 5, includes a message round trip) | ${ms(median(attach))} (goal < 100 ms) |`,
    `| longest task during a 1 MB paste (held, scanned in slices, inserted) | ${longest ? ms(longest) : 'none over 50 ms'} (goal ≤ 100 ms) |`,
  ];
}

/** The same 1 MB paste without Ascent: what the page and browser cost on their own. */
async function baselinePaste(port: number): Promise<string> {
  const chromium = await launchChromium({ headless: true, hostRulesPort: port });
  try {
    await chromium.context.addInitScript(installProbes);
    const longest = await largePaste(await chromium.context.newPage());
    return `| the same 1 MB paste without Ascent (baseline) | ${longest ? ms(longest) : 'none over 50 ms'} |`;
  } finally {
    await chromium.close();
  }
}

export const sitesSection: BenchSection = {
  name: 'Sites',
  async run() {
    const rows = ['| measure | value |', '| --- | --- |', ...contentScriptSize()];
    const server = await startReplicaServer({ https: true });
    const chromium = await launchChromium({
      extensionDir,
      headless: true,
      hostRulesPort: server.port,
    });

    try {
      rows.push(...(await measure(chromium.context, chromium.extensionId)));
    } finally {
      await chromium.close();
    }

    rows.push(await baselinePaste(server.port));
    await server.close();
    console.log(rows.join('\n'));
  },
};

/**
 * Shows Ascent on the demo page: `tsx lib/demo/launch.ts` (or `npm start`, which builds first).
 * With a display it opens a browser to try by hand; without one (or under CI) it pastes the
 * sample text itself, checks the warning appears and saves screenshots in demo-output/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, pasteText, type LaunchedChromium } from './chromium';
import { demoPageHost } from './replica-hosts';
import { startReplicaServer, type ReplicaServer } from './replica-server';
import { demoSampleText } from './sample-text';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// ASCENT_DEMO_EXTENSION_DIR points the demo at another unpacked build, e.g. a test double.
const extensionDir =
  process.env.ASCENT_DEMO_EXTENSION_DIR ?? path.join(repoRoot, '.output', 'chrome-mv3-demo');
const outputDir = path.join(repoRoot, 'demo-output');
const composerSelector = '#prompt-textarea';
// The sample holds a secret, which the default pack blocks, and personal data, which it
// warns about: either notice shows Ascent at work.
const warningSelector = '[data-ascent="paste-warning"], [data-ascent="paste-blocked"]';
const findingSelector = '[data-testid="finding"]';
const warningTimeoutMs = 15_000;

/** Raised for failures the launcher explains to the user itself. */
class DemoError extends Error {}

function print(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function sidePanelUrl(extensionId: string): string {
  // Match patterns ignore the port, so the panel follows the demo page on any port.
  const tabUrl = encodeURIComponent(`http://${demoPageHost}/*`);

  return `chrome-extension://${extensionId}/sidepanel.html?tabUrl=${tabUrl}`;
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  // A persistent context starts with one blank tab; use it rather than leave it empty.
  const blank = context.pages().find((page) => page.url() === 'about:blank');
  const page = blank ?? (await context.newPage());
  await page.goto(url);

  return page;
}

async function runInteractive(browser: LaunchedChromium, demoUrl: string): Promise<void> {
  await openPage(browser.context, demoUrl);
  const panel = await browser.context.newPage();
  await panel.goto(sidePanelUrl(browser.extensionId));

  print(`Ascent demo page: ${demoUrl}`);
  print('Copy the sample text on the page and paste it into the message box:');
  print('Ascent warns before anything leaves, and the side panel tab lists what it found.');
  print('Close the browser window to finish.');

  // Ctrl+C closes the browser too, so the temporary profile is still removed.
  process.once('SIGINT', () => void browser.close());
  await new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
}

async function waitForWarning(page: Page): Promise<void> {
  try {
    await page.locator(warningSelector).first().waitFor({ timeout: warningTimeoutMs });
  } catch {
    throw new DemoError(
      `Ascent's paste notice (${warningSelector}) did not appear within ` +
        `${warningTimeoutMs / 1000} s after pasting the sample text on ${page.url()}.`,
    );
  }
}

async function readFindingTypes(panel: Page): Promise<string[]> {
  // The panel may render its list a moment after loading; an empty list is reported as such.
  await panel
    .locator(findingSelector)
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);

  const types = await panel
    .locator(findingSelector)
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-type') ?? '?'));

  return types;
}

/** The first open of the panel asks for a role; the demo keeps the default. */
async function finishOnboarding(panel: Page): Promise<void> {
  const start = panel.getByRole('button', { name: 'Start' });
  await start.click({ timeout: 5_000 }).catch(() => undefined);
}

async function runHeadless(browser: LaunchedChromium, demoUrl: string): Promise<void> {
  const page = await openPage(browser.context, demoUrl);
  await pasteText(page, composerSelector, demoSampleText);
  await waitForWarning(page);
  const notice = await page.locator(warningSelector).first().getAttribute('data-ascent');

  mkdirSync(outputDir, { recursive: true });
  const pageShot = path.join(outputDir, 'demo-page.png');
  await page.screenshot({ path: pageShot });

  // A blocked paste waits for the user's choice; the demo cancels it, as a careful user would.
  await page
    .locator('[data-ascent="paste-blocked"] [data-action="cancel"]')
    .click({ timeout: 2_000 })
    .catch(() => undefined);

  const panel = await browser.context.newPage();
  await panel.goto(sidePanelUrl(browser.extensionId));
  await finishOnboarding(panel);
  const types = await readFindingTypes(panel);
  const panelShot = path.join(outputDir, 'side-panel.png');
  await panel.screenshot({ path: panelShot, fullPage: true });

  print(`Ascent's notice (${notice}) shown on ${demoUrl}`);
  print(`Screenshot of the page:       ${pageShot}`);
  print(`Screenshot of the side panel: ${panelShot}`);
  print(`Findings in the side panel:   ${types.length > 0 ? types.join(', ') : '(none listed)'}`);
}

function checkExtensionBuilt(): void {
  if (existsSync(path.join(extensionDir, 'manifest.json'))) return;

  throw new DemoError(
    `No demo build at ${extensionDir}. Build it with \`npx wxt build --mode demo\` ` +
      '(or run `npm start`, which builds and launches).',
  );
}

async function main(): Promise<void> {
  checkExtensionBuilt();

  const interactive = Boolean(process.env.DISPLAY) && !process.env.CI;
  let server: ReplicaServer | undefined;
  let browser: LaunchedChromium | undefined;

  try {
    server = await startReplicaServer({ https: false });
    browser = await launchChromium({ extensionDir, headless: !interactive });
    const demoUrl = `${server.origin(demoPageHost)}/`;

    if (interactive) await runInteractive(browser, demoUrl);
    else await runHeadless(browser, demoUrl);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // Explained failures print their message alone; anything unexpected keeps its stack.
    const message =
      error instanceof DemoError ? error.message : error instanceof Error ? error.stack : error;
    process.stderr.write(`Ascent demo failed: ${message}\n`);
    process.exit(1);
  },
);

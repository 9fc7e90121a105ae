/**
 * Starts Debian's Chromium with Ascent loaded, the way the end-to-end tests and the demo need
 * it (Node only). Playwright never downloads a browser here; see tests TESTING.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { packToolHosts, toolHosts } from './replica-hosts';

export const chromiumPath = '/usr/bin/chromium';

export interface LaunchOptions {
  /** Unpacked extension to load; without it Chromium starts with no extension. */
  extensionDir?: string;
  headless: boolean;
  /** Port of a replica server; the AI tools' hosts then resolve to it. */
  hostRulesPort?: number;
  /** Profile to use; a fresh temporary one otherwise. */
  userDataDir?: string;
  /** Browser UI language (`--lang`), which the extension's i18n follows. */
  lang?: string;
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** The extension's id from its service worker URL; '' when no extension was loaded. */
  extensionId: string;
  userDataDir: string;
  /** Closes the browser and keeps the profile, so a test can inspect what it stored. */
  closeBrowserOnly(): Promise<void>;
  /** Closes the browser and removes the profile if this launcher created it. */
  close(): Promise<void>;
}

/** Launches Chromium with a persistent profile, as extensions require. */
export async function launchChromium(options: LaunchOptions): Promise<LaunchedChromium> {
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'ascent-chromium-'));

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: options.headless,
    args: buildChromiumArgs(options),
    ignoreHTTPSErrors: options.hostRulesPort !== undefined,
    permissions: ['clipboard-read', 'clipboard-write'],
    locale: options.lang,
    viewport: { width: 1280, height: 800 },
  });

  const extensionId = options.extensionDir ? await readExtensionId(context) : '';
  const closeBrowserOnly = () => context.close();

  const close = async () => {
    await context.close();
    if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
  };

  return { context, extensionId, userDataDir, closeBrowserOnly, close };
}

/** The command-line switches from TESTING.md, exported so tests can show what they ran. */
export function buildChromiumArgs(options: LaunchOptions): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];

  if (options.lang) args.push(`--lang=${options.lang}`);

  // Both switches are needed: with --load-extension alone the extension does not load.
  if (options.extensionDir) {
    const dir = path.resolve(options.extensionDir);
    args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  }

  if (options.hostRulesPort !== undefined) {
    const rules = Object.keys({ ...toolHosts, ...packToolHosts }).map(
      (host) => `MAP ${host} 127.0.0.1:${options.hostRulesPort}`,
    );
    args.push(`--host-resolver-rules=${rules.join(', ')}`, '--ignore-certificate-errors');
  }

  return args;
}

async function readExtensionId(context: BrowserContext): Promise<string> {
  // The worker may already be running by the time the context is handed back.
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));

  return new URL(worker.url()).host;
}

/**
 * Pastes `text` into the element at `selector` the way a person does: the text goes on the
 * clipboard, the composer gets focus, and Control+V fires a real paste event.
 */
export async function pasteText(page: Page, selector: string, text: string): Promise<void> {
  await page.bringToFront();
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);

  await page.click(selector);
  await page.keyboard.press('Control+V');
}

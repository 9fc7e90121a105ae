import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchChromium, type LaunchedChromium } from '../../lib/demo/chromium';
import { startSession, type Session } from './support/extension';

// The page-side API the test reads and writes storage through (extension pages only).
declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
    };
  };
};

interface StoredCritique {
  enabled: boolean;
  baseUrl: string;
}

async function openExtensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.chromium.context.newPage();
  await page.goto(`chrome-extension://${session.chromium.extensionId}/${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** What the options page stored, read back from storage.local (undefined: never saved). */
async function storedCritique(page: Page): Promise<StoredCritique | undefined> {
  return page.evaluate(
    async () => (await chrome.storage.local.get('critique')).critique as StoredCritique,
  );
}

function critiqueSection(options: Page): Locator {
  return options.locator('section[aria-labelledby="critique-settings-heading"]');
}

async function importPackFile(options: Page, name: string, content: Buffer): Promise<string> {
  const result = options.getByTestId('pack-import-result');
  const before = (await result.count()) > 0 ? await result.textContent() : null;
  await options.setInputFiles('#pack-import', {
    name,
    mimeType: 'application/json',
    buffer: content,
  });
  await expect.poll(() => result.textContent()).not.toBe(before);
  return (await result.textContent()) ?? '';
}

async function importHistoryFile(progress: Page, content: object): Promise<string> {
  await progress.setInputFiles('#import-history', {
    name: 'ascent-history.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(content)),
  });
  const notice = progress.getByTestId('transfer-notice');
  await notice.waitFor();
  return (await notice.textContent()) ?? '';
}

// The opening bytes of a PNG image.
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]);

describe('the options page critique checkbox', () => {
  let session: Session;
  let options: Page;
  let checkbox: Locator;

  beforeAll(async () => {
    session = await startSession();
    options = await openExtensionPage(session, 'options.html');
    checkbox = critiqueSection(options).getByRole('checkbox', { name: /Critique and improve/ });
    await checkbox.waitFor();
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('shows critique off on a new profile, where nothing is stored yet', async () => {
    expect(await storedCritique(options)).toBeUndefined();
    expect(await checkbox.isChecked()).toBe(false);
  });

  it('ticks and unticks with a click', async () => {
    await checkbox.click();
    expect(await checkbox.isChecked()).toBe(true);

    await checkbox.click();
    expect(await checkbox.isChecked()).toBe(false);
  });

  it('shows a stored choice, and saves it switched off as shown', async () => {
    const stored = await options.evaluate(async () => {
      const current = (await chrome.storage.local.get('critique')).critique as object | undefined;
      const critique = {
        provider: 'openai-compatible',
        baseUrl: 'https://api.openai.com/v1',
        model: 'gpt-4o-mini',
        apiVersion: '2024-10-21',
        ...current,
        enabled: true,
      };
      await chrome.storage.local.set({ critique });
      return critique;
    });
    await options.reload();
    await expect.poll(() => checkbox.isChecked()).toBe(true);

    await checkbox.click();
    expect(await checkbox.isChecked()).toBe(false);
    await critiqueSection(options).getByRole('button', { name: 'Save' }).click();

    await critiqueSection(options).getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await storedCritique(options)).toEqual({ ...stored, enabled: false });

    await options.reload();
    await expect.poll(() => checkbox.isChecked()).toBe(false);
  });
});

/**
 * A build that holds host permission for loopback already: a headless browser cannot answer
 * the permission prompt that Save raises for an endpoint not yet allowed.
 */
function buildWithLoopbackPermission(): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'ascent-options-'));
  execFileSync('npx', ['wxt', 'build'], {
    env: {
      ...process.env,
      ASCENT_OUT_DIR: outDir,
      ASCENT_TEST_HOST_PERMISSIONS: 'http://127.0.0.1/*',
    },
    stdio: 'ignore',
  });
  return path.join(outDir, 'chrome-mv3');
}

describe('the options page critique checkbox, access to the endpoint granted', () => {
  let chromium: LaunchedChromium;
  let options: Page;

  beforeAll(async () => {
    chromium = await launchChromium({
      extensionDir: buildWithLoopbackPermission(),
      headless: true,
    });
    options = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('saves critique switched on when ticked, and shows it ticked again', async () => {
    const section = critiqueSection(options);
    const checkbox = section.getByRole('checkbox', { name: /Critique and improve/ });
    await section.getByLabel(/base URL/).fill('http://127.0.0.1:9/v1');
    await checkbox.click();
    await section.getByRole('button', { name: 'Save' }).click();

    await section.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await storedCritique(options)).toMatchObject({
      enabled: true,
      baseUrl: 'http://127.0.0.1:9/v1',
    });

    await options.reload();
    await expect.poll(() => checkbox.isChecked()).toBe(true);
  });
});

describe('refusals that name the problem', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession();
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('says a pack file is empty, binary or nested too deeply', async () => {
    const options = await openExtensionPage(session, 'options.html');

    expect(await importPackFile(options, 'empty.json', Buffer.alloc(0))).toContain(
      '$: the file is empty',
    );
    expect(await importPackFile(options, 'logo.json', png)).toContain(
      '$: the file is not text (binary)',
    );
    expect(await importPackFile(options, 'deep.json', Buffer.from('['.repeat(100_000)))).toContain(
      '$: not valid JSON: nested too deeply (more than 100 levels)',
    );
    expect(await options.getByTestId('pack-import-result').textContent()).not.toMatch(
      /JSON object|YAML|call stack/,
    );
    await options.close();
  });

  it('says what is wrong with a history file that is not one', async () => {
    const progress = await openExtensionPage(session, 'progress.html');
    await progress.getByRole('button', { name: 'Your data' }).click();

    const notice = await importHistoryFile(progress, { format: 'other' });

    expect(notice).toBe(
      'File refused, nothing changed: the file is not an Ascent history: ' +
        'its "format" field is missing or is not "ascent-history".',
    );
    await progress.close();
  });
});

describe('refusals in Dutch', () => {
  let session: Session;

  beforeAll(async () => {
    session = await startSession({ lang: 'nl' });
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('says in Dutch that a pack file is empty or binary', async () => {
    const options = await openExtensionPage(session, 'options.html');

    expect(await importPackFile(options, 'empty.json', Buffer.alloc(0))).toContain(
      '$: het bestand is leeg',
    );
    expect(await importPackFile(options, 'logo.json', png)).toContain(
      '$: het bestand is geen tekst (binair bestand)',
    );
    await options.close();
  });

  it('says in Dutch what is wrong with a history file', async () => {
    const progress = await openExtensionPage(session, 'progress.html');
    await progress.getByRole('button', { name: 'Je gegevens' }).click();

    const notice = await importHistoryFile(progress, { format: 'other' });

    expect(notice).toBe(
      'Bestand geweigerd, niets veranderd: het bestand is geen Ascent-geschiedenis: ' +
        'het veld "format" ontbreekt of is niet "ascent-history".',
    );
    await progress.close();
  });
});

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pasteText } from '../../lib/demo/chromium';
import { startSession, type Session } from './support/extension';

/**
 * Locks end to end: Chromium reads a real managed-policy file. The file applies to every
 * Chromium on the machine, so it exists only while this file's browser runs.
 */
/** The extension APIs the page scripts below use (the test runs them in extension pages). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

const policyDir = '/etc/chromium/policies/managed';
const policyFile = `${policyDir}/ascent-test.json`;
const extensionId = 'npijfecnoldenmioliafcdggkblepaei';
const awsKey = 'AKIAZ7Q2XJ4LMNB3HT5K';
// Invented IBAN of the real shape, blocked with override; the justification names a person.
const iban = 'NL02 ABNA 0123 4567 89';
const justificationEmail = 'j.devries@voorbeeldbedrijf.nl';
const justification = `Zephyrquartz refund approved by ${justificationEmail}`;

const managedPack = {
  id: 'e2e-locked',
  name: 'E2E locked pack',
  version: '1.0.0',
  publisher: 'Ascent tests',
  updatedAt: '2026-12-01T00:00:00Z',
  dataRules: {
    types: {
      aws_access_key_id: { action: 'block', allowOverride: false },
      iban: { action: 'block', allowOverride: true },
    },
    fallback: { action: 'warn', allowOverride: true },
  },
  locks: { detectionOff: true, pauseSite: true, lowerAction: true, markNotSensitive: true },
};

function writePolicy(): void {
  mkdirSync(policyDir, { recursive: true });
  const values = { packJson: JSON.stringify(managedPack) };
  writeFileSync(
    policyFile,
    JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }),
  );
}

function removePolicy(): void {
  rmSync(policyFile, { force: true });
}

/** Sends a message from an extension page, as any Ascent context could. */
function sendFrom(page: Page, message: Record<string, unknown>): Promise<unknown> {
  return page.evaluate((body) => chrome.runtime.sendMessage(body), message);
}

describe('a managed policy pack', () => {
  let session: Session;
  let options: Page;

  beforeAll(async () => {
    writePolicy();
    try {
      session = await startSession();
      options = await session.chromium.context.newPage();
      await options.goto(`chrome-extension://${session.chromium.extensionId}/options.html`);
    } catch (error) {
      removePolicy();
      throw error;
    }
  });

  afterAll(async () => {
    try {
      await session?.stop();
    } finally {
      removePolicy();
    }
  });

  it('is in force and shows its locked setting as locked', async () => {
    expect(session.chromium.extensionId).toBe(extensionId);
    await expect
      .poll(() => options.textContent('[data-testid="pack-version"]'), { timeout: 30_000 })
      .toBe('1.0.0');

    const toggle = options.locator('[data-testid="detection-enabled"]');
    expect(await toggle.isDisabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(true);
    expect(await options.locator('[data-lock="pauseSite"]').count()).toBe(1);
  });

  it('cannot be unlocked by messages or by rewriting local storage', async () => {
    const pause = { type: 'set-site-paused', host: 'chatgpt.com', paused: true };
    expect(await sendFrom(options, pause)).toMatchObject({ ok: false });
    const mark = { type: 'mark-not-sensitive', valueHash: 'a'.repeat(64) };
    expect(await sendFrom(options, mark)).toMatchObject({ ok: false });

    // What a content script could write straight into storage.local.
    await options.evaluate(() =>
      chrome.storage.local.set({
        pausedSites: ['chatgpt.com'],
        detectionEnabled: false,
        userActions: { secret: 'allow' },
        acceptedPacks: {},
      }),
    );

    const policy = (await sendFrom(options, { type: 'get-policy', host: 'chatgpt.com' })) as {
      paused: boolean;
      types: Record<string, { action: string }>;
      locks: Record<string, boolean>;
    };
    expect(policy.paused).toBe(false);
    expect(policy.types.aws_access_key_id?.action).toBe('block');
    expect(policy.locks.pauseSite).toBe(true);
  });

  it('blocks an AWS key pasted into ChatGPT and records the decision for export', async () => {
    const page = await session.chromium.context.newPage();
    await page.goto('https://chatgpt.com/c/123');
    await page.waitForSelector('div#prompt-textarea');
    await pasteText(page, 'div#prompt-textarea', `deploy with ${awsKey}`);

    // Block asks the user first; with no override allowed, cancel is the only way out, and
    // that answer is what gets audited.
    await page.locator('[data-ascent="paste-blocked"] [data-action="cancel"]').click();
    // The recorded decision shows the paste was handled; the composer must not hold the key.
    await expect
      .poll(
        async () => {
          await options.reload();
          return options.textContent('[data-testid="audit-count"]');
        },
        { timeout: 30_000, interval: 500 },
      )
      .toMatch(/^1/);
    expect(await page.textContent('div#prompt-textarea')).not.toContain(awsKey);

    const exported = await exportAudit();
    expect(JSON.parse(exported)).toContainEqual(
      expect.objectContaining({ tool: 'chatgpt', rule: 'aws_access_key_id', action: 'block' }),
    );
    expect(exported).not.toContain(awsKey);
  });

  it('records an override with its justification redacted', async () => {
    const page = await session.chromium.context.newPage();
    await page.goto('https://chatgpt.com/c/456');
    await page.waitForSelector('div#prompt-textarea');
    await pasteText(page, 'div#prompt-textarea', `refund to ${iban}`);

    const choice = page.locator('[data-ascent="paste-blocked"]');
    await choice.locator('[data-action="override"]').click();
    await choice.locator('[data-ascent="justification"]').fill(justification);
    await choice.locator('[data-action="confirm"]').click();

    await expect
      .poll(async () => JSON.parse(await exportAudit()) as Record<string, unknown>[], {
        timeout: 30_000,
        interval: 500,
      })
      .toContainEqual(expect.objectContaining({ rule: 'iban', overridden: true }));
    const exported = await exportAudit();
    const row = (JSON.parse(exported) as { rule: string; justification: string }[]).find(
      (record) => record.rule === 'iban',
    );
    // Positive control: the harmless words of the justification are kept.
    expect(row?.justification).toContain('Zephyrquartz refund approved by');
    expect(exported).not.toContain(justificationEmail);
  });

  /** The audit log as the options page exports it (JSON). */
  async function exportAudit(): Promise<string> {
    await options.reload();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    return readFileSync((await download.path())!, 'utf8');
  }
});

import { createHash } from 'node:crypto';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pasteText } from '../../lib/demo/chromium';
import {
  readAuditRecords,
  startSession,
  type Session,
  type StoredAuditRecord,
} from './support/extension';

// An invented AWS key id of the real shape: a secret, blocked (with override) by default.
const secret = 'AKIAQ4XN7B2M6TPL3VDE';
const composer = 'div#prompt-textarea';

let session: Session;
let chat: Page;

beforeAll(async () => {
  session = await startSession();
  chat = await session.chromium.context.newPage();
  await chat.goto('https://chatgpt.com/c/not-sensitive');
});

afterAll(async () => {
  await session?.stop();
});

const replicaText = () => chat.evaluate(() => window.__replica.text());

async function clearComposer(): Promise<void> {
  await chat.evaluate(() => window.__replica.rerender());
  await expect.poll(replicaText).toBe('');
}

/** The salt the background gave this profile, read the way the content script gets it. */
async function policySalt(): Promise<string> {
  const probe = await session.chromium.context.newPage();
  await probe.goto(`chrome-extension://${session.chromium.extensionId}/sidepanel.html`);
  const salt = await probe.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const policy = (await api.runtime.sendMessage({ type: 'get-policy', host: 'chatgpt.com' })) as {
      allowedValueSalt: string;
    };
    return policy.allowedValueSalt;
  });
  await probe.close();
  return salt;
}

/** Everything the extension keeps in `storage.local`, read in its own origin. */
async function extensionStorage(): Promise<string> {
  const probe = await session.chromium.context.newPage();
  await probe.goto(`chrome-extension://${session.chromium.extensionId}/sidepanel.html`);
  const stored = await probe.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    return JSON.stringify(await api.storage.local.get(null));
  });
  await probe.close();
  return stored;
}

/** Audit records, read in the extension's own origin. */
async function auditRecords(): Promise<StoredAuditRecord[]> {
  const probe = await session.chromium.context.newPage();
  await probe.goto(`chrome-extension://${session.chromium.extensionId}/sidepanel.html`);
  const records = await readAuditRecords(probe);
  await probe.close();
  return records;
}

describe('"not sensitive"', () => {
  it('lets the value in and stops flagging it on this page', async () => {
    await pasteText(chat, composer, `key ${secret}`);
    await chat.locator('[data-ascent="paste-blocked"]').waitFor();

    await chat.click('[data-ascent="paste-blocked"] [data-action="not-sensitive"]');
    // The value goes in once the background's salt has hashed it: allow for a busy machine.
    await expect.poll(replicaText, { timeout: 5000 }).toContain(secret);

    await clearComposer();
    await pasteText(chat, composer, `again ${secret}`);
    await expect.poll(replicaText, { timeout: 5000 }).toContain(secret);
    expect(await chat.locator('ascent-notice').count()).toBe(0);
  });

  it('stores the salted hash of the value and never the value', async () => {
    const salt = await policySalt();
    const hash = createHash('sha256').update(`${salt}\u0000${secret}`).digest('hex');

    // Positive control: the hash itself is found, so the search reads the right store.
    await expect.poll(extensionStorage).toContain(hash);
    expect(await extensionStorage()).not.toContain(secret);
  });

  it('is audited as an override with a fixed reason, never the value', async () => {
    const records = await auditRecords();
    const marked = records.filter((record) => record.justification === 'not sensitive');

    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({ action: 'block', overridden: true });
    expect(JSON.stringify(records)).not.toContain(secret);
  });
});

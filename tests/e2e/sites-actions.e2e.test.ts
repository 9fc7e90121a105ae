import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pasteText } from '../../lib/demo/chromium';
import { readAuditRecords, startSession, type Session } from './support/extension';

/**
 * The `redact` and `monitor` actions end to end, set by a pack imported through the options
 * page: contact details are redacted, network details only recorded.
 */
const pack = {
  id: 'e2e-actions',
  name: 'E2E actions pack',
  version: '1.0.0',
  publisher: 'Ascent tests',
  updatedAt: '2026-12-01T00:00:00Z',
  dataRules: {
    categories: {
      contact: { action: 'redact', allowOverride: true },
      network: { action: 'monitor' },
    },
    fallback: { action: 'warn', allowOverride: true },
  },
};

const sites = [
  {
    name: 'ChatGPT (ProseMirror)',
    tool: 'chatgpt',
    url: 'https://chatgpt.com/c/actions',
    composer: 'div#prompt-textarea',
    send: '#composer-submit-button',
  },
  {
    name: 'Copilot (React textarea)',
    tool: 'copilot',
    url: 'https://copilot.microsoft.com/',
    composer: 'textarea#userInput',
    send: 'button[data-testid="submit-button"]',
  },
];

// Invented values: an e-mail address and a private IP address named as a server.
const email = 'l.bakker@voorbeeldbedrijf.nl';
const ipAddress = '10.24.181.37';

let session: Session;
let options: Page;

beforeAll(async () => {
  session = await startSession();
  options = await session.chromium.context.newPage();
  await options.goto(`chrome-extension://${session.chromium.extensionId}/options.html`);
  await options.setInputFiles('#pack-import', {
    name: 'actions.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(pack)),
  });
  await options.locator('[data-testid="pack-version"]', { hasText: '1.0.0' }).waitFor();
});

afterAll(async () => {
  await session?.stop();
});

describe.each(sites)('on $name', (site) => {
  let chat: Page;

  const replicaText = () => chat.evaluate(() => window.__replica.text());

  beforeAll(async () => {
    chat = await session.chromium.context.newPage();
    await chat.goto(site.url);
    await chat.waitForSelector(site.composer);
  });

  afterAll(async () => {
    await chat.close();
  });

  it('offers a redacted insert that one undo removes, send still enabled', async () => {
    await chat.click(site.composer);
    await chat.keyboard.type('Start ');
    // A pause ends the editor's typing group, so the undo below reaches only the insert.
    await chat.waitForTimeout(1200);
    await pasteText(chat, site.composer, `Write to ${email}`);

    await chat.locator('[data-ascent="paste-choice"]').waitFor();
    await chat.click('[data-ascent="paste-choice"] [data-action="redact"]');
    await expect.poll(replicaText).toContain('[EMAIL_1]');
    expect(await replicaText()).not.toContain(email);
    expect(await chat.locator(site.send).isEnabled()).toBe(true);

    await chat.keyboard.press('Control+Z');
    await expect.poll(async () => (await replicaText()).trim()).toBe('Start');
  });

  it('lets an IP address in untouched under monitor and records the decision', async () => {
    await chat.evaluate(() => window.__replica.rerender());
    await expect.poll(replicaText).toBe('');
    const text = `server ${ipAddress} is down`;
    await pasteText(chat, site.composer, text);

    await expect.poll(replicaText).toContain(text);
    expect(await chat.locator('ascent-notice').count()).toBe(0);
    await expect
      .poll(async () =>
        (await readAuditRecords(options)).filter(
          (record) =>
            record.tool === site.tool && record.trigger === 'paste' && record.action === 'monitor',
        ),
      )
      .not.toHaveLength(0);
  });
});

/** The extension's background service worker. */
function backgroundWorker(): Worker {
  const prefix = `chrome-extension://${session.chromium.extensionId}/`;
  const worker = session.chromium.context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  if (!worker) throw new Error('no background service worker');

  return worker;
}

/** The composer state the content script reports for the tab at `url`, or `none` yet. */
async function composerState(url: string): Promise<string> {
  return options.evaluate(async (pattern) => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ url: pattern });
    try {
      const status = (await api.tabs.sendMessage(tab!.id!, { type: 'get-tab-status' })) as {
        composer: string;
      };
      return status.composer;
    } catch {
      return 'none';
    }
  }, `${url}*`);
}

describe.each(sites)('on $name, in the first moments after load', (site) => {
  it('judges a paste with findings by the pack, and lets a clean paste in at once', async () => {
    const chat = await session.chromium.context.newPage();
    const replicaText = () => chat.evaluate(() => window.__replica.text());
    // The background is kept busy, as one that is still waking up: the page's first policy
    // request waits for it (well within the content script's bounded wait of 2 s).
    let busy = true;
    const waking = backgroundWorker()
      .evaluate((ms) => {
        const end = Date.now() + ms;
        while (Date.now() < end);
      }, 1800)
      .finally(() => (busy = false));

    await chat.goto(site.url);
    await chat.waitForSelector(site.composer);
    await expect.poll(() => composerState(site.url)).toBe('attached');

    await pasteText(chat, site.composer, 'Notes for Thursday. ');
    await expect.poll(replicaText).toContain('Notes for Thursday.');
    await pasteText(chat, site.composer, `Write to ${email}`);
    await chat.waitForTimeout(200);
    // Positive control for the race: all of this happened before the background answered.
    expect(busy).toBe(true);
    expect(await chat.locator('[data-ascent="paste-warning"]').count()).toBe(0);
    expect(await replicaText()).not.toContain(email);

    await waking;
    await chat.locator('[data-ascent="paste-choice"] [data-action="redact"]').waitFor();
    await chat.click('[data-ascent="paste-choice"] [data-action="redact"]');
    await expect.poll(replicaText).toContain('[EMAIL_1]');
    expect(await replicaText()).not.toContain(email);
    await chat.close();
  });
});

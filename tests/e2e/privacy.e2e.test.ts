import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pasteText } from '../../lib/demo/chromium';
import {
  filesContaining,
  openPanel,
  readStoredEvents,
  startSession,
  toolCases,
  type Session,
} from './support/extension';

// Invented values, each unique to this test so a hit can only come from this run.
const values = {
  email: 'privacy.probe.7731@voorbeeldbedrijf.nl',
  awsKeyId: 'AKIAQ4W7ZP2M6XK3TRVB',
  cardSpaced: '5425 2334 3010 9903',
  cardDigits: '5425233430109903',
};
const risky = `Graag doorsturen: ${values.email}, key ${values.awsKeyId}, card ${values.cardSpaced}.`;

// The positive control goes through the same stores with a value of the same kind.
const marker = `ascent-positive-control-${Date.now()}`;

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.stop();
});

describe('what Ascent keeps in the browser profile', () => {
  it('stores neither the pasted values nor the prompt text, anywhere in the profile', async () => {
    const panel = await openPanel(session, 'https://chatgpt.com/*');
    await panel.getByRole('button', { name: 'Start' }).click();

    for (const tool of [toolCases[0]!, toolCases[3]!]) {
      const chat = await session.chromium.context.newPage();
      await chat.goto(tool.url);
      await pasteText(chat, tool.composer, risky);
      // Ascent's decision, not the "checking" notice shown while the pack is still loading.
      await chat.locator('[data-ascent]:not([data-ascent="paste-checking"])').first().waitFor();
    }

    await expect.poll(async () => (await readStoredEvents(panel)).length).toBe(2);

    // Positive control: the marker written to IndexedDB and extension storage must be found.
    await panel.evaluate(async (value) => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ascent');
        request.onsuccess = () => {
          const transaction = request.result.transaction('events', 'readwrite');
          transaction.objectStore('events').add({ time: 1, kind: 'paste', tool: value });
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        };
      });
      const extensionApi = (
        globalThis as unknown as { chrome: typeof import('wxt/browser').browser }
      ).chrome;
      await extensionApi.storage.local.set({ positiveControl: value });
    }, marker);

    await session.chromium.closeBrowserOnly();
    const profile = session.chromium.userDataDir;

    const controlHits = filesContaining(profile, marker);
    expect(controlHits.some((file) => file.includes('IndexedDB'))).toBe(true);
    expect(controlHits.some((file) => file.includes('Local Extension Settings'))).toBe(true);

    for (const [name, value] of Object.entries(values)) {
      expect(filesContaining(profile, value), name).toEqual([]);
    }
    expect(filesContaining(profile, 'Graag doorsturen')).toEqual([]);
  });
});

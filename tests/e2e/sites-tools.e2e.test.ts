import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pasteText } from '../../lib/demo/chromium';
import { startSession, type Session } from './support/extension';

/**
 * Every covered tool under its real host name, on a replica built with its real editor,
 * enforcing the built-in policy: personal data warns, secrets are blocked with an override.
 */
interface SiteCase {
  id: string;
  url: string;
  tabUrl: string;
  composer: string;
  send: string;
}

const cases: SiteCase[] = [
  ['chatgpt', 'https://chatgpt.com/c/123', 'div#prompt-textarea', '#composer-submit-button'],
  [
    'chatgpt',
    'https://chat.openai.com/?signed-out',
    'textarea#prompt-textarea',
    '#composer-submit-button',
  ],
  [
    'claude',
    'https://claude.ai/new',
    'fieldset div.ProseMirror',
    'button[aria-label="Send message"]',
  ],
  ['gemini', 'https://gemini.google.com/app', 'rich-textarea .ql-editor', 'button.send-button'],
  [
    'copilot',
    'https://copilot.microsoft.com/',
    'textarea#userInput',
    'button[data-testid="submit-button"]',
  ],
  [
    'm365-copilot',
    'https://m365.cloud.microsoft/chat',
    '#m365-chat-editor-target-element',
    'button[aria-label="Send"]',
  ],
  ['perplexity', 'https://www.perplexity.ai/', 'div#ask-input', 'button[aria-label="Submit"]'],
  [
    'mistral',
    'https://chat.mistral.ai/chat',
    'form div.ProseMirror',
    'button[aria-label="Send question"]',
  ],
  ['deepseek', 'https://chat.deepseek.com/', 'textarea#chat-input', '[aria-label="Send"]'],
  ['grok', 'https://grok.com/', 'form div.tiptap', 'button[aria-label="Submit"]'],
  [
    'meta-ai',
    'https://www.meta.ai/',
    'div[data-lexical-editor="true"]',
    '[aria-label="Send message"]',
  ],
  [
    'poe',
    'https://poe.com/',
    'textarea[class*="GrowingTextArea"]',
    'button[data-button-send="true"]',
  ],
  ['huggingchat', 'https://huggingface.co/chat/', 'form textarea', 'button[name="submit"]'],
].map(([id, url, composer, send]) => ({
  id: id!,
  url: url!,
  tabUrl: `${new URL(url!).origin}/*`,
  composer: composer!,
  send: send!,
}));

// Invented values: an AWS key id of the real shape and an e-mail address.
const awsKeyId = 'AKIAZ7VQ3M5T2XKL9WQP';
const email = 'm.jansen@voorbeeldbedrijf.nl';
const harmless = 'Summarise the three options we discussed for the Tuesday planning meeting.';

let session: Session;
let probe: Page;

beforeAll(async () => {
  session = await startSession();
  probe = await session.chromium.context.newPage();
  await probe.goto(`chrome-extension://${session.chromium.extensionId}/sidepanel.html`);
});

afterAll(async () => {
  await session?.stop();
});

/** Sends a message to the content script of the tab matching `tabUrl`, as the side panel does. */
async function toContentScript(tabUrl: string, message: object): Promise<unknown> {
  return probe.evaluate(
    async ({ pattern, payload }) => {
      // The probe is an extension page: `chrome` is there, though not in Node's types.
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser })
        .chrome;
      const [tab] = await api.tabs.query({ url: pattern });
      return api.tabs.sendMessage(tab!.id!, payload);
    },
    { pattern: tabUrl, payload: message },
  );
}

async function composerState(site: SiteCase): Promise<string | undefined> {
  const status = (await toContentScript(site.tabUrl, { type: 'get-tab-status' }).catch(
    () => undefined,
  )) as { composer?: string } | undefined;
  return status?.composer;
}

const replicaText = (chat: Page) => chat.evaluate(() => window.__replica.text());
const notice = (chat: Page, kind: string) => chat.locator(`[data-ascent="${kind}"]`);

async function clearComposer(chat: Page): Promise<void> {
  await chat.evaluate(() => window.__replica.rerender());
  await expect.poll(() => replicaText(chat)).toBe('');
}

describe.each(cases)('on $url', (site) => {
  let chat: Page;

  beforeAll(async () => {
    chat = await session.chromium.context.newPage();
    await chat.goto(site.url);
  });

  afterAll(async () => {
    await chat.close();
  });

  it('attaches to the composer and ignores the decoy before it', async () => {
    await expect.poll(() => composerState(site)).toBe('attached');

    await pasteText(chat, '.rename-field', `mail ${email}`);
    expect(await chat.locator('ascent-notice').count()).toBe(0);
  });

  it('leaves a clean paste to the page untouched', async () => {
    await pasteText(chat, site.composer, harmless);

    await expect.poll(() => replicaText(chat)).toContain(harmless);
    expect(await chat.locator('ascent-notice').count()).toBe(0);
  });

  it('lets an e-mail address in with a warning', async () => {
    await clearComposer(chat);
    await pasteText(chat, site.composer, `Write to ${email}`);

    await notice(chat, 'paste-warning').waitFor();
    await expect.poll(() => replicaText(chat)).toContain(email);
  });

  it('holds a pasted secret and inserts it after an override with a justification', async () => {
    await clearComposer(chat);
    await pasteText(chat, site.composer, `key ${awsKeyId}`);

    await notice(chat, 'paste-blocked').waitFor();
    expect(await replicaText(chat)).not.toContain(awsKeyId);

    await chat.click('[data-ascent="paste-blocked"] [data-action="override"]');
    await chat.fill('[data-ascent="justification"]', 'Rotating this test key today');
    await chat.click('[data-ascent="paste-blocked"] [data-action="confirm"]');
    await expect.poll(() => replicaText(chat)).toContain(awsKeyId);
  });

  it('cancels a held paste with Escape, focus having moved into the choice', async () => {
    await clearComposer(chat);
    await pasteText(chat, site.composer, `key ${awsKeyId}`);
    await notice(chat, 'paste-blocked').waitFor();

    await chat.keyboard.press('Escape');
    await expect.poll(() => chat.locator('ascent-notice').count()).toBe(0);
    expect(await replicaText(chat)).toBe('');
  });

  it('inserts text through the editor: send enabled, one undo removes it', async () => {
    await clearComposer(chat);
    await chat.click(site.composer);
    await chat.keyboard.type('Start ');
    // A person pauses before asking for a template; editors group quicker edits in one undo.
    await chat.waitForTimeout(1200);

    const answer = await toContentScript(site.tabUrl, {
      type: 'insert-text',
      text: 'inserted by Ascent',
    });
    expect(answer).toEqual({ ok: true });
    await expect.poll(() => replicaText(chat)).toContain('inserted by Ascent');
    expect(await chat.locator(site.send).isEnabled()).toBe(true);

    await chat.keyboard.press('Control+Z');
    await expect.poll(async () => (await replicaText(chat)).trim()).toBe('Start');
  });

  it('stops a prompt with a secret at Enter and at the send control', async () => {
    await clearComposer(chat);
    await chat.click(site.composer);
    await chat.keyboard.type(`deploy with ${awsKeyId}`);
    const sent = await chat.evaluate(() => window.__replica.sent.length);

    await chat.keyboard.press('Enter');
    await notice(chat, 'submit-blocked').waitFor();
    await chat.click('[data-ascent="submit-blocked"] [data-action="cancel"]');

    await chat.click(site.send);
    await notice(chat, 'submit-blocked').waitFor();
    await chat.click('[data-ascent="submit-blocked"] [data-action="cancel"]');
    expect(await chat.evaluate(() => window.__replica.sent.length)).toBe(sent);
  });

  it('ignores Enter that confirms an IME composition', async () => {
    await chat.locator(site.composer).dispatchEvent('keydown', {
      key: 'Enter',
      keyCode: 229,
      isComposing: true,
      bubbles: true,
    });

    expect(await chat.locator('[data-ascent="submit-blocked"]').count()).toBe(0);
  });

  it('sends a clean prompt', async () => {
    await clearComposer(chat);
    await chat.click(site.composer);
    await chat.keyboard.type('Explain the difference between a list and a tuple.');
    const sent = await chat.evaluate(() => window.__replica.sent.length);

    await chat.keyboard.press('Enter');
    await expect.poll(() => chat.evaluate(() => window.__replica.sent.length)).toBe(sent + 1);
  });

  it('stays attached with one handler set after re-renders', async () => {
    for (let round = 0; round < 3; round += 1) {
      await chat.evaluate(() => window.__replica.rerender());
    }
    await pasteText(chat, site.composer, `Write to ${email}`);

    await notice(chat, 'paste-warning').waitFor();
    expect(await chat.locator('ascent-notice').count()).toBe(1);
    expect((await replicaText(chat)).split(email).length - 1).toBe(1);
  });

  it('keeps guarding after in-app navigation', async () => {
    await chat.evaluate(() => window.__replica.navigate('/c/0f9e8d7c-new-conversation'));
    await pasteText(chat, site.composer, `key ${awsKeyId}`);

    await notice(chat, 'paste-blocked').waitFor();
    await chat.keyboard.press('Escape');
  });

  it('holds a dropped text file with a secret before the page gets it', async () => {
    await chat.evaluate(
      ({ selector, secret }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([`AWS_ACCESS_KEY_ID=${secret}\n`], 'prod.env'));
        const target = document.querySelector(selector)!;
        target.dispatchEvent(
          new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      },
      { selector: site.composer, secret: awsKeyId },
    );

    await notice(chat, 'file-blocked').waitFor();
    await chat.keyboard.press('Escape');
    expect(await chat.evaluate(() => window.__replica.dropped)).toEqual([]);
  });

  it('says "not attached" when the composer is absent', async () => {
    await chat.evaluate(() => window.__replica.removeComposer());

    await expect.poll(() => composerState(site), { timeout: 8000 }).toBe('not-attached');
    await chat.evaluate(() => window.__replica.restoreComposer());
    await expect.poll(() => composerState(site)).toBe('attached');
  });
});

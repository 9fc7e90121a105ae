import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pasteText, type LaunchedChromium } from '../../lib/demo/chromium';
import { startReplicaServer, type ReplicaServer } from '../../lib/demo/replica-server';

/** What the extension's adapters rely on for each tool; kept in step with the replicas. */
const tools = [
  {
    name: 'chatgpt',
    url: 'https://chatgpt.com/c/123',
    composer: 'form div#prompt-textarea.ProseMirror[contenteditable="true"]',
    send: 'button#composer-submit-button[data-testid="send-button"]',
    reply: 'div[data-message-author-role="assistant"] .markdown',
  },
  {
    name: 'chatgpt (old host)',
    url: 'https://chat.openai.com/',
    composer: 'div#prompt-textarea.ProseMirror',
    send: 'button#composer-submit-button',
    reply: 'div[data-message-author-role="assistant"] .markdown',
  },
  {
    name: 'claude',
    url: 'https://claude.ai/new',
    composer:
      'fieldset div[aria-label="Write your prompt to Claude"] div.ProseMirror[contenteditable="true"]',
    send: 'button[aria-label="Send message"]',
    reply: 'div.font-claude-response[data-is-streaming="false"]',
  },
  {
    name: 'gemini',
    url: 'https://gemini.google.com/app',
    composer: 'rich-textarea div.ql-editor.textarea[contenteditable="true"]',
    send: 'button.send-button[aria-label="Send message"]',
    reply: 'model-response message-content',
  },
  {
    name: 'copilot',
    url: 'https://copilot.microsoft.com/',
    composer: 'textarea#userInput[placeholder="Message Copilot"]',
    send: 'button[data-testid="submit-button"][title="Submit message"]',
    reply: 'div[data-content="ai-message"]',
  },
];

type Tool = (typeof tools)[number];

let server: ReplicaServer;
let browser: LaunchedChromium;

beforeAll(async () => {
  server = await startReplicaServer({ https: true });
  browser = await launchChromium({ headless: true, hostRulesPort: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pageErrors = new WeakMap<Page, string[]>();

/** Opens a replica in a new tab, recording uncaught page errors so a test can check them. */
async function openReplica(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  pageErrors.set(page, errors);
  await page.goto(url);

  return page;
}

async function closeWithoutErrors(page: Page): Promise<void> {
  const errors = pageErrors.get(page) ?? [];
  await page.close();
  expect(errors).toEqual([]);
}

async function readComposer(page: Page): Promise<string> {
  return page.evaluate(() => window.__replica.text());
}

async function pasteAndSend(page: Page, tool: Tool, text: string): Promise<void> {
  await pasteText(page, tool.composer, text);
  await expect.poll(() => readComposer(page)).toBe(text);
  await expect(page.locator(tool.send).isEnabled()).resolves.toBe(true);

  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.__replica.sent.at(-1))).toBe(text);
}

describe.each(tools)('the $name replica', (tool) => {
  it('serves the page under the real host with a decoy field before the composer', async () => {
    const page = await openReplica(tool.url);

    const editables = page.locator('[contenteditable="true"], textarea');
    await expect(editables.first().getAttribute('aria-label')).resolves.toBe('Rename chat');
    await expect(page.locator(tool.composer).count()).resolves.toBe(1);
    await closeWithoutErrors(page);
  });

  it('takes a keyboard paste, enables send, sends on Enter and shows a reply', async () => {
    const page = await openReplica(tool.url);
    await expect(page.locator(tool.send).isDisabled()).resolves.toBe(true);

    await pasteAndSend(page, tool, 'Pasted through the clipboard');

    await page.locator(tool.reply).first().waitFor();
    await expect(readComposer(page)).resolves.toBe('');
    await expect(page.locator(tool.send).isDisabled()).resolves.toBe(true);
    await closeWithoutErrors(page);
  });

  it('keeps a working composer after rerender and navigate', async () => {
    const page = await openReplica(tool.url);
    const before = await page.locator(tool.composer).elementHandle();

    await page.evaluate(() => window.__replica.rerender());
    await expect(before?.evaluate((node) => node.isConnected)).resolves.toBe(false);
    await pasteAndSend(page, tool, 'After rerender');

    await page.evaluate(() => window.__replica.navigate('/c/456'));
    expect(new URL(page.url()).pathname).toBe('/c/456');
    await pasteAndSend(page, tool, 'After navigate');

    await page.evaluate(() => window.__replica.removeComposer());
    await expect(page.locator(tool.composer).count()).resolves.toBe(0);
    await page.evaluate(() => window.__replica.restoreComposer());
    await pasteAndSend(page, tool, 'After restore');
    await closeWithoutErrors(page);
  });

  it('keeps Shift+Enter in the composer instead of sending', async () => {
    const page = await openReplica(tool.url);

    await page.click(tool.composer);
    await page.keyboard.type('one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('two');

    await expect.poll(() => readComposer(page)).toBe('one\ntwo');
    await expect(page.evaluate(() => window.__replica.sent.length)).resolves.toBe(0);
    await closeWithoutErrors(page);
  });
});

describe('the demo page', () => {
  it('is reachable over plain HTTP at ascent-demo.localhost without host rules', async () => {
    const demoServer = await startReplicaServer({ https: false });
    const page = await openReplica(`${demoServer.origin('ascent-demo.localhost')}/`);

    await page.getByRole('heading', { name: 'Ascent demo — a replica chat page' }).waitFor();
    await pasteText(page, '#prompt-textarea', 'Demo paste');
    await expect.poll(() => readComposer(page)).toBe('Demo paste');

    await closeWithoutErrors(page);
    await demoServer.close();
  });
});

describe('the replica server', () => {
  it('answers an unknown host with 404', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(`https://127.0.0.1:${server.port}/`);

    expect(response?.status()).toBe(404);
    await page.close();
  });
});

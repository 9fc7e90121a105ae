import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

import { launchChromium, type LaunchedChromium } from '../../../lib/demo/chromium';
import { startReplicaServer, type ReplicaServer } from '../../../lib/demo/replica-server';
import { unpackEvent, type PackedEvent } from '../../../lib/progress/packed-event';

/** The store build that `npm run test:e2e` makes before the tests run. */
export const extensionDir = process.env.ASCENT_EXTENSION_DIR ?? '.output/chrome-mv3';

export interface ToolCase {
  id: string;
  name: string;
  url: string;
  /** Match pattern the side panel uses to find this tool's tab. */
  tabUrl: string;
  composer: string;
}

/** The four tools of the first version, reached under their real host names. */
export const toolCases: ToolCase[] = [
  {
    id: 'chatgpt',
    name: 'ChatGPT',
    url: 'https://chatgpt.com/c/123',
    tabUrl: 'https://chatgpt.com/*',
    composer: 'div#prompt-textarea',
  },
  {
    id: 'claude',
    name: 'Claude',
    url: 'https://claude.ai/new',
    tabUrl: 'https://claude.ai/*',
    composer: 'fieldset div.ProseMirror',
  },
  {
    id: 'gemini',
    name: 'Gemini',
    url: 'https://gemini.google.com/gem/coding-partner/4f2a',
    tabUrl: 'https://gemini.google.com/*',
    composer: 'rich-textarea .ql-editor',
  },
  {
    id: 'copilot',
    name: 'Microsoft Copilot',
    url: 'https://copilot.microsoft.com/',
    tabUrl: 'https://copilot.microsoft.com/*',
    composer: 'textarea#userInput',
  },
];

export interface Session {
  server: ReplicaServer;
  chromium: LaunchedChromium;
  stop(): Promise<void>;
}

/** Replica server plus Chromium with the built extension loaded. */
export async function startSession(options: { lang?: string } = {}): Promise<Session> {
  const server = await startReplicaServer({ https: true });
  const chromium = await launchChromium({
    extensionDir,
    headless: true,
    hostRulesPort: server.port,
    lang: options.lang,
  });

  const stop = async () => {
    await chromium.close();
    await server.close();
  };

  return { server, chromium, stop };
}

/** Opens the side panel page as a tab that describes the tab matching `tabUrl`. */
export async function openPanel(session: Session, tabUrl: string): Promise<Page> {
  const panel = await session.chromium.context.newPage();
  const query = new URLSearchParams({ tabUrl });
  await panel.goto(`chrome-extension://${session.chromium.extensionId}/sidepanel.html?${query}`);
  return panel;
}

/**
 * Opens a chat page and the side panel beside it, and finishes onboarding with `role` (the
 * default role when omitted): the setup of every test that drives the panel.
 */
export async function openChatWithPanel(
  session: Session,
  chatUrl: string,
  tabUrl: string,
  role?: string,
): Promise<{ chat: Page; panel: Page }> {
  const chat = await session.chromium.context.newPage();
  await chat.goto(chatUrl);
  const panel = await openPanel(session, tabUrl);

  await panel.locator('#onboarding-role').waitFor();
  if (role) await panel.selectOption('#onboarding-role', role);
  await panel.getByRole('button', { name: 'Start' }).click();
  return { chat, panel };
}

/**
 * Events as IndexedDB holds them, read in the extension's own origin and unpacked here
 * (lib/progress/packed-event.ts) into the fields the rest of Ascent sees.
 */
export async function readStoredEvents(panel: Page): Promise<Record<string, unknown>[]> {
  const packed = await readPackedEvents(panel);
  return packed.map((event) => unpackEvent(event) as unknown as Record<string, unknown>);
}

async function readPackedEvents(panel: Page): Promise<PackedEvent[]> {
  return panel.evaluate(
    () =>
      new Promise<PackedEvent[]>((resolve, reject) => {
        const request = indexedDB.open('ascent');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('events').objectStore('events').getAll();
          read.onsuccess = () => resolve(read.result as PackedEvent[]);
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    const stats = statSync(full, { throwIfNoEntry: false });
    if (stats?.isDirectory()) yield* filesUnder(full);
    else if (stats?.isFile()) yield full;
  }
}

/**
 * Profile files that contain `needle`, as UTF-8 or as UTF-16 (Chromium keeps some strings
 * in two-byte form). Used with a positive control, so a miss means "not there".
 */
export function filesContaining(dir: string, needle: string): string[] {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  return [...filesUnder(dir)].filter((file) => {
    const content = readFileSync(file);
    return forms.some((form) => content.includes(form));
  });
}

/** One audit record as the background keeps it (lib/policy/audit-db.ts). */
export interface StoredAuditRecord {
  tool: string;
  trigger: string;
  action: string;
  overridden: boolean;
  justification?: string;
}

/** Audit records as the background keeps them, read in the extension's own origin by `page`. */
export function readAuditRecords(page: Page): Promise<StoredAuditRecord[]> {
  return page.evaluate(
    () =>
      new Promise<StoredAuditRecord[]>((resolve, reject) => {
        const request = indexedDB.open('ascent-audit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction('decisions').objectStore('decisions').getAll();
          read.onsuccess = () => resolve(read.result);
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

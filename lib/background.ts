import { browser } from 'wxt/browser';

import { log } from './log';
import { parseMessage, type Message } from './messages';
import { getDatabase } from './progress/db';
import { recordEvent } from './progress/events';
import { followDebugLogging, readRole } from './storage';

/** Messages the background acts on; only content scripts on covered pages may record. */
async function handleMessage(message: Message, fromTab: boolean): Promise<void> {
  if (message.type !== 'record-event' || !fromTab) return;

  const role = await readRole();
  const { kind, tool, findingCounts, promptLength } = message;
  await recordEvent(getDatabase(), {
    kind,
    tool,
    role,
    findingCounts,
    promptLength,
    time: Date.now(),
  });
  browser.runtime.sendMessage({ type: 'event-recorded' } satisfies Message).catch(() => undefined);
}

/** Opens the side panel from the toolbar button where the browser has one (Chrome, Edge). */
function openPanelOnActionClick(): void {
  // Firefox has no sidePanel API; its sidebar opens from the sidebar_action instead.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: Error) => {
    log.warn('side panel behaviour not set:', error);
  });
}

/** Wires the background: event recording and the side panel button. */
export function startBackground(): void {
  followDebugLogging().catch(() => undefined);
  openPanelOnActionClick();

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;

    handleMessage(message, sender.tab !== undefined).catch((error: Error) => {
      log.error('could not handle a message:', message.type, error);
    });
    return undefined;
  });
}

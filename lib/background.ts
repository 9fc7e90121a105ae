import { browser } from 'wxt/browser';

import { log } from './log';
import { parseMessage, type Message } from './messages';
import { startPackHostScripts } from './policy/pack-host-scripts';
import { startPackService } from './policy/pack-service';
import { answerPolicyMessage } from './policy/policy-messages';
import { getDatabase } from './progress/db';
import { isRecordable, recordFromMessage } from './progress/recorder';
import { keepProgressSmall } from './progress/upkeep';
import { followDebugLogging, readRole } from './storage';

/** Messages the background acts on; only content scripts on covered pages may record. */
async function handleMessage(message: Message, fromTab: boolean): Promise<void> {
  if (!isRecordable(message) || !fromTab) return;

  const role = await readRole();
  await recordFromMessage(getDatabase(), message, { role, time: Date.now() });
  browser.runtime.sendMessage({ type: 'event-recorded' } satisfies Message).catch(() => undefined);
  void keepProgressSmall(getDatabase(), Date.now());
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
  void keepProgressSmall(getDatabase(), Date.now());
  startPackService();
  startPackHostScripts();

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = parseMessage(raw);
    if (!message) return undefined;

    // Policy questions get an answer; `true` keeps the channel open until it is sent.
    const answer = answerPolicyMessage(message, sender.tab !== undefined);
    if (answer) {
      answer.then(sendResponse, (error: Error) => {
        log.error('could not answer a policy message:', message.type, error);
        sendResponse(undefined);
      });
      return true;
    }

    handleMessage(message, sender.tab !== undefined).catch((error: Error) => {
      log.error('could not handle a message:', message.type, error);
    });
    return undefined;
  });
}

import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';

import { parseMessage } from '@/lib/messages';

/** What the target tab's content script has told the coach since the panel opened. */
export interface CoachSignals {
  /** The composer's text, debounced; in memory only, never stored. */
  text: string;
  // TODO [2027-01-15]: approximates the sent prompt by the last non-empty composer text; a
  // `prompt-submitted` copy to the panel would make the answer nudge exact.
  /** The last non-empty text: the prompt just sent, once the composer has cleared. */
  lastPrompt: string;
  /** Counters that change when a reply arrives or is copied, to trigger nudges. */
  replies: number;
  copies: number;
}

const initial: CoachSignals = { text: '', lastPrompt: '', replies: 0, copies: 0 };

// Outlives the coach tab's components, so switching panel tabs keeps the live score; the
// side panel's memory only, never storage.
const lastSignals = new Map<number, CoachSignals>();

/** Follows `composer-text`, `assistant-reply` and `reply-copied` from one tab. */
export function useCoachSignals(tabId: number | undefined): CoachSignals {
  const [signals, setSignalsState] = useState(() => lastSignals.get(tabId ?? -1) ?? initial);

  useEffect(() => {
    const setSignals = (update: (now: CoachSignals) => CoachSignals) =>
      setSignalsState((now) => {
        const next = update(now);
        if (tabId !== undefined) lastSignals.set(tabId, next);
        return next;
      });

    setSignalsState(lastSignals.get(tabId ?? -1) ?? initial);

    const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
      if (tabId === undefined || sender.tab?.id !== tabId) return undefined;

      const message = parseMessage(raw);
      if (message?.type === 'composer-text') {
        const text = message.text;
        setSignals((now) => ({ ...now, text, lastPrompt: text.trim() ? text : now.lastPrompt }));
      } else if (message?.type === 'assistant-reply') {
        setSignals((now) => ({ ...now, replies: now.replies + 1 }));
      } else if (message?.type === 'reply-copied') {
        setSignals((now) => ({ ...now, copies: now.copies + 1 }));
      }
      return undefined;
    };

    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId]);

  return signals;
}

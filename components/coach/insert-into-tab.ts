import { browser } from 'wxt/browser';

import type { Message } from '@/lib/messages';

export type InsertAnswer = { ok: true } | { ok: false; reason: string };

/**
 * Asks the tab's content script to put text into its composer through the editor's own
 * input pipeline; `templateId` lets the submit that follows count as template use.
 */
export async function insertIntoTab(
  tabId: number,
  text: string,
  templateId?: string,
): Promise<InsertAnswer> {
  const message: Message = { type: 'insert-text', text, templateId };
  try {
    const answer = (await browser.tabs.sendMessage(tabId, message)) as
      { ok?: boolean; reason?: string } | undefined;
    if (answer?.ok) return { ok: true };

    return { ok: false, reason: answer?.reason ?? 'no-answer' };
  } catch {
    // No content script in the tab (opened before install, or not an AI tool).
    return { ok: false, reason: 'no-content-script' };
  }
}

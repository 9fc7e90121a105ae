import type { SiteAdapter } from './types';

/**
 * Mistral Le Chat (chat.mistral.ai). The composer is a TipTap (ProseMirror) editor
 * `div.ProseMirror[contenteditable="true"]` in the chat form; earlier versions used
 * `textarea[name="message.text"]`. Send is `button[type="submit"][aria-label="Send question"]`;
 * assistant turns are `div[data-message-author-role="assistant"]`. Markup from public
 * extensions targeting Le Chat; last checked 2026-12-03.
 */
export const mistral: SiteAdapter = {
  id: 'mistral',
  name: 'Mistral Le Chat',
  hosts: ['chat.mistral.ai'],
  editorKind: 'prosemirror',
  composerSelectors: [
    'form div.ProseMirror[contenteditable="true"]',
    'textarea[name="message.text"]',
  ],
  sendSelectors: ['button[aria-label="Send question"]', 'form button[type="submit"]'],
  replySelectors: ['div[data-message-author-role="assistant"]'],
};

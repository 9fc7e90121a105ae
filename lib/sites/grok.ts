import type { SiteAdapter } from './types';

/**
 * Grok (grok.com). The composer is a TipTap (ProseMirror) editor `div.tiptap.ProseMirror`
 * inside the query bar form; earlier it was `textarea[aria-label="Ask Grok anything"]`.
 * Send is `button[type="submit"][aria-label="Submit"]`; answers are `div.message-bubble`
 * in a row marked `.items-start`. Markup from public extensions targeting grok.com;
 * last checked 2026-12-03.
 */
export const grok: SiteAdapter = {
  id: 'grok',
  name: 'Grok',
  hosts: ['grok.com'],
  editorKind: 'prosemirror',
  composerSelectors: [
    'form div.tiptap.ProseMirror[contenteditable="true"]',
    'textarea[aria-label="Ask Grok anything"]',
  ],
  sendSelectors: ['form button[type="submit"][aria-label="Submit"]'],
  replySelectors: ['div.items-start div.message-bubble'],
};

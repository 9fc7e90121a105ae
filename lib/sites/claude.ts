import type { SiteAdapter } from './types';

/**
 * Claude. The composer is a ProseMirror contenteditable inside the prompt fieldset.
 * Markup from the public claude.ai page; last checked 2026-12-03.
 */
export const claude: SiteAdapter = {
  id: 'claude',
  name: 'Claude',
  hosts: ['claude.ai'],
  editorKind: 'prosemirror',
  composerSelectors: [
    'div[aria-label="Write your prompt to Claude"] div.ProseMirror[contenteditable="true"]',
    'fieldset div.ProseMirror[contenteditable="true"]',
  ],
  sendSelectors: ['button[aria-label="Send message"]'],
  replySelectors: ['div.font-claude-response', '[data-is-streaming]'],
};

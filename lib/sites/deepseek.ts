import type { SiteAdapter } from './types';

/**
 * DeepSeek (chat.deepseek.com). The composer is a React-controlled `textarea#chat-input`;
 * the send control is a `div[role="button"]` without a stable name, so the adapter also
 * accepts `aria-label="Send"`; answers render in `div.ds-markdown`. Markup from public
 * open-source extensions (selectors `#chat-input`, `.ds-markdown`); last checked 2026-12-03.
 */
export const deepseek: SiteAdapter = {
  id: 'deepseek',
  name: 'DeepSeek',
  hosts: ['chat.deepseek.com'],
  editorKind: 'textarea',
  composerSelectors: ['textarea#chat-input', 'textarea[placeholder*="DeepSeek"]'],
  sendSelectors: ['div[role="button"][aria-label="Send"]', 'button[aria-label="Send"]'],
  replySelectors: ['div.ds-markdown'],
};

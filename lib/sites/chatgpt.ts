import type { SiteAdapter } from './types';

/**
 * ChatGPT. The composer is a ProseMirror editor on `div#prompt-textarea`; the signed-out
 * page has used a plain textarea with the same id. Markup from the public chatgpt.com page
 * and public reports of extensions attaching to it; last checked 2026-12-03.
 */
export const chatgpt: SiteAdapter = {
  id: 'chatgpt',
  name: 'ChatGPT',
  hosts: ['chatgpt.com', 'chat.openai.com'],
  editorKind: 'prosemirror',
  composerSelectors: ['div#prompt-textarea[contenteditable="true"]', 'textarea#prompt-textarea'],
  sendSelectors: ['button[data-testid="send-button"]', 'button#composer-submit-button'],
  replySelectors: ['div[data-message-author-role="assistant"]'],
};

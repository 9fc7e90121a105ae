import type { SiteAdapter } from './types';

/**
 * Gemini, on every path (/app, /gem/...). The composer is a Quill editor (`.ql-editor`)
 * inside the `rich-textarea` element. Markup from the public gemini.google.com page;
 * last checked 2026-12-03.
 */
export const gemini: SiteAdapter = {
  id: 'gemini',
  name: 'Gemini',
  hosts: ['gemini.google.com'],
  editorKind: 'quill',
  composerSelectors: ['rich-textarea div.ql-editor[contenteditable="true"]'],
  sendSelectors: ['button.send-button', 'button[aria-label="Send message"]'],
  replySelectors: ['model-response message-content', 'model-response'],
};

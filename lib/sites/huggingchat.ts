import type { SiteAdapter } from './types';

/**
 * HuggingChat (huggingface.co/chat, path-scoped: the rest of huggingface.co is no chat
 * tool). The open-source chat-ui (github.com/huggingface/chat-ui, Svelte) renders a
 * `textarea` with `enterkeyhint="send"` inside the chat form, send `button[name="submit"]`
 * (`aria-label="Send message"`), and assistant turns as
 * `div[data-message-role="assistant"]`. Last checked 2026-12-03.
 */
// TODO [2027-01-15]: in-app navigation from /chat to another huggingface.co path keeps the
// content script running there; the adapter's composer selectors simply stop matching.
export const huggingchat: SiteAdapter = {
  id: 'huggingchat',
  name: 'HuggingChat',
  hosts: ['huggingface.co'],
  paths: ['/chat'],
  editorKind: 'textarea',
  composerSelectors: ['form textarea[enterkeyhint="send"]', 'form textarea[placeholder^="Ask"]'],
  sendSelectors: ['button[name="submit"]', 'button[aria-label="Send message"]'],
  replySelectors: ['div[data-message-role="assistant"]'],
};

import type { SiteAdapter } from './types';

/**
 * Microsoft 365 Copilot Chat on the web (m365.cloud.microsoft/chat, microsoft365.com/chat).
 * The composer is a React-managed contenteditable `#m365-chat-editor-target-element`
 * (`role="textbox"`); send is `button[aria-label="Send"]`; replies carry
 * `data-testid="copilot-message-reply-div"`. Markup from public write-ups of the page and
 * open-source prompt tools targeting it; last checked 2026-12-03.
 */
export const m365Copilot: SiteAdapter = {
  id: 'm365-copilot',
  name: 'Microsoft 365 Copilot',
  hosts: ['m365.cloud.microsoft', 'microsoft365.com', 'www.microsoft365.com'],
  editorKind: 'lexical',
  composerSelectors: [
    '#m365-chat-editor-target-element[contenteditable="true"]',
    'div[role="textbox"][contenteditable="true"][aria-label^="Message Copilot"]',
  ],
  sendSelectors: ['button[aria-label="Send"]', 'button[type="submit"][aria-label^="Send"]'],
  replySelectors: ['[data-testid="copilot-message-reply-div"]', '[data-content="ai-message"]'],
};

import type { SiteAdapter } from './types';

/**
 * Microsoft Copilot (consumer). The composer is a React-controlled textarea. Markup from
 * the public copilot.microsoft.com page; last checked 2026-12-03.
 */
export const copilot: SiteAdapter = {
  id: 'copilot',
  name: 'Microsoft Copilot',
  hosts: ['copilot.microsoft.com'],
  editorKind: 'textarea',
  composerSelectors: ['textarea#userInput', 'textarea[placeholder^="Message Copilot"]'],
  sendSelectors: ['button[data-testid="submit-button"]', 'button[title="Submit message"]'],
  replySelectors: ['div[data-content="ai-message"]'],
};

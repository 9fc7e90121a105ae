import type { SiteAdapter } from './types';

/**
 * Meta AI (www.meta.ai). The composer is a Lexical editor, a
 * `div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]` labelled
 * "Ask Meta AI anything…"; send is `div[role="button"][aria-label="Send message"]`;
 * answers are `div[data-testid="assistant-message"]`. Markup from the public page and
 * open-source tools targeting it; last checked 2026-12-03.
 */
export const metaAi: SiteAdapter = {
  id: 'meta-ai',
  name: 'Meta AI',
  hosts: ['www.meta.ai', 'meta.ai'],
  editorKind: 'lexical',
  composerSelectors: [
    'div[data-lexical-editor="true"][contenteditable="true"][role="textbox"]',
    'textarea[placeholder^="Ask Meta AI"]',
  ],
  sendSelectors: [
    '[role="button"][aria-label="Send message"]',
    'button[aria-label="Send message"]',
  ],
  replySelectors: ['div[data-testid="assistant-message"]'],
};

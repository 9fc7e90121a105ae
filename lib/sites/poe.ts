import type { SiteAdapter } from './types';

/**
 * Poe (poe.com). The composer is a React-controlled textarea whose CSS-module class starts
 * with `GrowingTextArea_textArea`; send is `button[data-button-send="true"]` (older:
 * `button[aria-label="Send message"]`); bot replies are `div[class*="Message_botMessageBubble"]`.
 * Markup from public open-source extensions targeting poe.com; last checked 2026-12-03.
 */
export const poe: SiteAdapter = {
  id: 'poe',
  name: 'Poe',
  hosts: ['poe.com'],
  editorKind: 'textarea',
  composerSelectors: ['textarea[class*="GrowingTextArea_textArea"]'],
  sendSelectors: ['button[data-button-send="true"]', 'button[aria-label="Send message"]'],
  replySelectors: ['div[class*="Message_botMessageBubble"]'],
};

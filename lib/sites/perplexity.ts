import type { SiteAdapter } from './types';

/**
 * Perplexity. The composer is a Lexical editor `div#ask-input[contenteditable="true"]`
 * (`data-lexical-editor="true"`, `role="textbox"`); older pages used a textarea with the
 * placeholder "Ask anything…". Send is `button[aria-label="Submit"]`; answers render in
 * `div[id^="markdown-content-"]` inside `.prose`. Markup from public open-source
 * extensions that insert into perplexity.ai; last checked 2026-12-03.
 */
export const perplexity: SiteAdapter = {
  id: 'perplexity',
  name: 'Perplexity',
  hosts: ['www.perplexity.ai', 'perplexity.ai'],
  editorKind: 'lexical',
  composerSelectors: [
    'div#ask-input[contenteditable="true"]',
    'div[data-lexical-editor="true"][contenteditable="true"]',
    'textarea[placeholder^="Ask"]',
  ],
  sendSelectors: ['button[aria-label="Submit"]', 'button[data-testid="submit-button"]'],
  replySelectors: ['div[id^="markdown-content-"]', 'div.prose'],
};

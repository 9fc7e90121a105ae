/**
 * Perplexity replica. Mirrors perplexity.ai's public composer markup: a Lexical editor
 * `div#ask-input[contenteditable][data-lexical-editor="true"][role="textbox"]`, the button
 * `button[aria-label="Submit"]`, and answers in `div[id^="markdown-content-"]` inside
 * `.prose`. Last checked 2026-12-03.
 */
import { mountLexical } from './lexical-composer';
import { createElement, type ReplicaSpec } from './shell';

let answers = 0;

export const spec: ReplicaSpec = {
  title: 'Perplexity (replica)',
  frameTag: 'div',
  sendButton: { 'aria-label': 'Submit' },
  mountComposer: (slot, events) =>
    mountLexical(
      slot,
      { id: 'ask-input', role: 'textbox', 'aria-placeholder': 'Ask anything…' },
      events,
    ),
  renderUserMessage: (text) => createElement('h1', { class: 'query' }, text),
  renderReply(text) {
    answers += 1;
    const element = createElement('div', { class: 'prose', id: `markdown-content-${answers}` });

    return { element, finish: () => element.append(createElement('p', {}, text)) };
  },
};

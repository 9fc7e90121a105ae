/**
 * Meta AI replica. Mirrors www.meta.ai's public composer markup: a Lexical editor
 * `div[contenteditable][role="textbox"][data-lexical-editor="true"]`, the send control
 * `[role="button"][aria-label="Send message"]`, and answers in
 * `div[data-testid="assistant-message"]`. Last checked 2026-12-03.
 */
import { mountLexical } from './lexical-composer';
import { createElement, type ReplicaSpec } from './shell';

export const spec: ReplicaSpec = {
  title: 'Meta AI (replica)',
  frameTag: 'div',
  sendButton: { role: 'button', 'aria-label': 'Send message' },
  mountComposer: (slot, events) =>
    mountLexical(slot, { role: 'textbox', 'aria-label': 'Ask Meta AI anything…' }, events),
  renderUserMessage: (text) => createElement('div', { 'data-testid': 'user-message' }, text),
  renderReply(text) {
    const element = createElement('div', { 'data-testid': 'assistant-message' });

    return { element, finish: () => element.append(createElement('p', {}, text)) };
  },
};

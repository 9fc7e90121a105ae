/**
 * DeepSeek replica. Mirrors chat.deepseek.com's public composer markup: a React-controlled
 * `textarea#chat-input`, a send control `div[role="button"]` (named here with
 * `aria-label="Send"`), and answers in `div.ds-markdown`. Last checked 2026-12-03.
 */
import { mountReactTextarea } from './react-textarea-composer';
import { createElement, type ReplicaSpec } from './shell';

export const spec: ReplicaSpec = {
  title: 'DeepSeek (replica)',
  frameTag: 'div',
  sendButton: { role: 'button', 'aria-label': 'Send' },
  mountComposer: (slot, events) =>
    mountReactTextarea(slot, { id: 'chat-input', placeholder: 'Message DeepSeek' }, events),
  renderUserMessage: (text) => createElement('div', { class: 'user-message' }, text),
  renderReply(text) {
    const element = createElement('div', { class: 'ds-markdown' });

    return { element, finish: () => element.append(createElement('p', {}, text)) };
  },
};

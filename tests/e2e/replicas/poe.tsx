/**
 * Poe replica. Mirrors poe.com's public composer markup: a React-controlled textarea with
 * the CSS-module class `GrowingTextArea_textArea__…`, the button
 * `button[data-button-send="true"]`, and bot replies in `div.Message_botMessageBubble__…`.
 * Last checked 2026-12-03.
 */
import { mountReactTextarea } from './react-textarea-composer';
import { createElement, type ReplicaSpec } from './shell';

export const spec: ReplicaSpec = {
  title: 'Poe (replica)',
  frameTag: 'div',
  sendButton: { 'data-button-send': 'true', 'aria-label': 'Send message' },
  mountComposer: (slot, events) =>
    mountReactTextarea(
      slot,
      { class: 'GrowingTextArea_textArea__ZWQbP', placeholder: 'Start a new chat' },
      events,
    ),
  renderUserMessage: (text) =>
    createElement('div', { class: 'Message_humanMessageBubble__DtRxA' }, text),
  renderReply(text) {
    const element = createElement('div', { class: 'Message_botMessageBubble__aYctV' });

    return { element, finish: () => element.append(createElement('p', {}, text)) };
  },
};

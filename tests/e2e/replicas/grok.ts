/**
 * Grok replica. Mirrors grok.com's public composer markup: a TipTap (ProseMirror) editor
 * `div.tiptap.ProseMirror` in the query bar `form`, the button
 * `button[type="submit"][aria-label="Submit"]`, and answers as `div.message-bubble` in a
 * row marked `.items-start`. Last checked 2026-12-03.
 */
import { mountProseMirror } from './prosemirror-composer';
import { createElement, type ReplicaSpec } from './shell';

export const spec: ReplicaSpec = {
  title: 'Grok (replica)',
  frameTag: 'form',
  sendButton: { type: 'submit', 'aria-label': 'Submit' },
  mountComposer(slot, events) {
    const wrapper = createElement('div', { class: 'query-bar' });
    slot.append(wrapper);

    return mountProseMirror(wrapper, { contenteditable: 'true', class: 'tiptap' }, events);
  },
  renderUserMessage: (text) => createElement('div', { class: 'items-end' }, text),
  renderReply(text) {
    const element = createElement('div', { class: 'items-start' });
    const bubble = createElement('div', { class: 'message-bubble' });
    element.append(bubble);

    return { element, finish: () => bubble.append(createElement('p', {}, text)) };
  },
};

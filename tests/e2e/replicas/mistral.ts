/**
 * Mistral Le Chat replica. Mirrors chat.mistral.ai's public composer markup: a TipTap
 * (ProseMirror) editor `div.ProseMirror` inside the chat `form`, the button
 * `button[type="submit"][aria-label="Send question"]`, and assistant turns as
 * `div[data-message-author-role="assistant"]`. Last checked 2026-12-03.
 */
import { mountProseMirror } from './prosemirror-composer';
import { createElement, type ReplicaSpec } from './shell';

export const spec: ReplicaSpec = {
  title: 'Le Chat (replica)',
  frameTag: 'form',
  sendButton: { 'aria-label': 'Send question' },
  mountComposer(slot, events) {
    const wrapper = createElement('div', { class: 'composer-editor' });
    slot.append(wrapper);

    return mountProseMirror(wrapper, { contenteditable: 'true', class: 'tiptap' }, events);
  },
  renderUserMessage: (text) => createElement('div', { 'data-message-author-role': 'user' }, text),
  renderReply(text) {
    const element = createElement('div', { 'data-message-author-role': 'assistant' });

    return { element, finish: () => element.append(createElement('p', {}, text)) };
  },
};

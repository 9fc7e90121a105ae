/**
 * HuggingChat replica. Mirrors the open-source chat-ui served at huggingface.co/chat: a
 * plain (Svelte-bound) `textarea[enterkeyhint="send"]` in the chat `form`, the button
 * `button[name="submit"][aria-label="Send message"]`, and assistant turns as
 * `div[data-message-role="assistant"]`. Last checked 2026-12-03.
 */
import { createElement, type Composer, type ComposerEvents, type ReplicaSpec } from './shell';

function mountTextarea(slot: HTMLElement, events: ComposerEvents): Composer {
  const textarea = createElement('textarea', {
    enterkeyhint: 'send',
    placeholder: 'Ask anything',
  }) as HTMLTextAreaElement;
  slot.append(textarea);

  // Svelte's bind:value listens to input events, as here.
  textarea.addEventListener('input', () => events.onChange());
  textarea.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;

    event.preventDefault();
    events.onSubmit();
  });

  return {
    root: textarea,
    text: () => textarea.value,
    clear: () => {
      textarea.value = '';
    },
    destroy: () => undefined,
  };
}

export const spec: ReplicaSpec = {
  title: 'HuggingChat (replica)',
  frameTag: 'form',
  sendButton: { name: 'submit', 'aria-label': 'Send message' },
  mountComposer: mountTextarea,
  renderUserMessage: (text) => createElement('div', { 'data-message-role': 'user' }, text),
  renderReply(text) {
    const element = createElement('div', { 'data-message-role': 'assistant' });

    return { element, finish: () => element.append(createElement('p', {}, text)) };
  },
};

/**
 * ChatGPT replica. Mirrors chatgpt.com's public composer markup: a ProseMirror editor
 * `div#prompt-textarea.ProseMirror` inside the composer `form`, the submit button
 * `#composer-submit-button[data-testid="send-button"]`, and turns marked with
 * `data-message-author-role`, the assistant's text inside `.markdown`. With `?signed-out`
 * in the URL it mirrors the signed-out page instead, whose composer is a React-controlled
 * `textarea#prompt-textarea`. Last checked 2026-12-03.
 */
import { mountProseMirror } from './prosemirror-composer';
import { mountReactTextarea } from './react-textarea-composer';
import { createElement, type ReplicaSpec } from './shell';

// Read once: in-app navigation drops the query, the page keeps its kind of composer.
const signedOut = new URLSearchParams(location.search).has('signed-out');

export const spec: ReplicaSpec = {
  title: 'ChatGPT (replica)',
  frameTag: 'form',
  sendButton: {
    id: 'composer-submit-button',
    'data-testid': 'send-button',
    'aria-label': 'Send prompt',
  },
  mountComposer(slot, events) {
    if (signedOut) {
      return mountReactTextarea(
        slot,
        { id: 'prompt-textarea', placeholder: 'Ask anything' },
        events,
      );
    }

    const wrapper = createElement('div', { class: 'composer-editor' });
    slot.append(wrapper);

    return mountProseMirror(
      wrapper,
      { id: 'prompt-textarea', contenteditable: 'true', translate: 'no' },
      events,
    );
  },
  renderUserMessage: (text) => createElement('div', { 'data-message-author-role': 'user' }, text),
  renderReply(text) {
    const element = createElement('div', { 'data-message-author-role': 'assistant' });
    const markdown = createElement('div', { class: 'markdown prose' });
    element.append(markdown);

    return { element, finish: () => markdown.append(createElement('p', {}, text)) };
  },
};

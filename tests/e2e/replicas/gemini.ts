/**
 * Gemini replica. Mirrors gemini.google.com's public composer markup: a Quill editor
 * `div.ql-editor.textarea` inside the `rich-textarea` element, the button
 * `button.send-button[aria-label="Send message"]`, and replies as
 * `model-response message-content`. Last checked 2026-12-03.
 */
import Quill from 'quill';
import { createElement, injectStyleOnce, type ReplicaSpec } from './shell';

/** Quill's core style sheet, inlined by build-replicas.mjs. */
declare const __QUILL_CSS__: string;

export const spec: ReplicaSpec = {
  title: 'Gemini (replica)',
  frameTag: 'input-area-v2',
  sendButton: { class: 'send-button', 'aria-label': 'Send message' },
  mountComposer(slot, events) {
    injectStyleOnce('quill', __QUILL_CSS__);

    const richTextarea = createElement('rich-textarea');
    const container = createElement('div');
    richTextarea.append(container);
    slot.append(richTextarea);

    const quill = createQuill(container, events.onSubmit);
    quill.root.classList.add('textarea');
    quill.root.setAttribute('role', 'textbox');
    quill.root.setAttribute('aria-label', 'Enter a prompt here');
    quill.on('text-change', events.onChange);

    return {
      root: richTextarea,
      // Quill always keeps one trailing newline in its document.
      text: () => quill.getText().replace(/\n$/, ''),
      clear: () => quill.setText(''),
      destroy: () => quill.off('text-change', events.onChange),
    };
  },
  renderUserMessage(text) {
    const query = createElement('user-query');
    query.append(createElement('div', { class: 'query-text' }, text));

    return query;
  },
  renderReply(text) {
    const element = createElement('model-response');
    const content = createElement('message-content');
    element.append(content);

    return {
      element,
      finish: () => content.append(createElement('div', { class: 'markdown' }, text)),
    };
  },
};

function createQuill(container: HTMLElement, onSubmit: () => void): Quill {
  // Options bindings run before Quill's own Enter handling; Quill skips them during IME
  // composition.
  const send = {
    key: 'Enter',
    shiftKey: false,
    handler: () => {
      onSubmit();
      return false;
    },
  };

  return new Quill(container, {
    formats: [],
    placeholder: 'Ask Gemini',
    modules: { toolbar: false, keyboard: { bindings: { send } } },
  });
}

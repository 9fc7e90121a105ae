/**
 * Claude replica. Mirrors claude.ai's public composer markup: a ProseMirror editor
 * `div.ProseMirror` inside `div[aria-label="Write your prompt to Claude"]` inside a
 * `fieldset`, the button `[aria-label="Send message"]`, and replies in
 * `div.font-claude-response` flagged by `data-is-streaming` while they arrive.
 * Last checked 2026-12-03.
 */
import { mountProseMirror } from './prosemirror-composer';
import { createElement, type ReplicaSpec } from './shell';

export const spec: ReplicaSpec = {
  title: 'Claude (replica)',
  frameTag: 'fieldset',
  sendButton: { 'aria-label': 'Send message' },
  mountComposer(slot, events) {
    const wrapper = createElement('div', { 'aria-label': 'Write your prompt to Claude' });
    slot.append(wrapper);

    return mountProseMirror(
      wrapper,
      { contenteditable: 'true', translate: 'no', role: 'textbox', class: 'break-words' },
      events,
    );
  },
  renderUserMessage: (text) => createElement('div', { 'data-testid': 'user-message' }, text),
  renderReply(text) {
    // claude.ai puts the flag on an ancestor of the response; the replica also sets it on the
    // response itself, so adapters reading either place work.
    const element = createElement('div', { 'data-is-streaming': 'true' });
    const response = createElement('div', {
      class: 'font-claude-response',
      'data-is-streaming': 'true',
    });
    element.append(response);

    const finish = () => {
      const markdown = createElement('div', { class: 'standard-markdown' });
      markdown.append(createElement('p', {}, text));
      response.append(markdown);
      for (const node of [element, response]) node.setAttribute('data-is-streaming', 'false');
    };

    return { element, finish };
  },
};

/**
 * Microsoft 365 Copilot replica. Mirrors m365.cloud.microsoft/chat's public composer
 * markup: a contenteditable `#m365-chat-editor-target-element[role="textbox"]` (built here
 * with Lexical), the button `button[aria-label="Send"]`, and replies in
 * `div[data-testid="copilot-message-reply-div"]`. Last checked 2026-12-03.
 */
import { mountLexical } from './lexical-composer';
import { createElement, type ReplicaSpec } from './shell';

export const spec: ReplicaSpec = {
  title: 'Microsoft 365 Copilot (replica)',
  frameTag: 'div',
  sendButton: { 'aria-label': 'Send', type: 'submit' },
  mountComposer: (slot, events) =>
    mountLexical(
      slot,
      { id: 'm365-chat-editor-target-element', role: 'textbox', 'aria-label': 'Message Copilot' },
      events,
    ),
  renderUserMessage: (text) => createElement('div', { 'data-testid': 'chat-user-message' }, text),
  renderReply(text) {
    const element = createElement('div', { 'data-testid': 'copilot-message-reply-div' });

    return { element, finish: () => element.append(createElement('p', {}, text)) };
  },
};

/**
 * Copilot replica. Mirrors copilot.microsoft.com's public composer markup: a React
 * controlled `textarea#userInput[placeholder="Message Copilot"]`, the button
 * `button[data-testid="submit-button"][title="Submit message"]`, and replies in
 * `div[data-content="ai-message"]`. Last checked 2026-12-03.
 */
import { mountReactTextarea } from './react-textarea-composer';
import { createElement, type ReplicaSpec } from './shell';

export const spec: ReplicaSpec = {
  title: 'Copilot (replica)',
  frameTag: 'div',
  sendButton: { 'data-testid': 'submit-button', title: 'Submit message' },
  mountComposer: (slot, events) =>
    mountReactTextarea(slot, { id: 'userInput', placeholder: 'Message Copilot' }, events),
  renderUserMessage: (text) => createElement('div', { 'data-content': 'user-message' }, text),
  renderReply(text) {
    const element = createElement('div', { 'data-content': 'ai-message' });

    return { element, finish: () => element.append(createElement('p', {}, text)) };
  },
};

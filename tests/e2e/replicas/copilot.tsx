/**
 * Copilot replica. Mirrors copilot.microsoft.com's public composer markup: a React
 * controlled `textarea#userInput[placeholder="Message Copilot"]`, the button
 * `button[data-testid="submit-button"][title="Submit message"]`, and replies in
 * `div[data-content="ai-message"]`. Last checked 2026-12-03.
 */
import { useLayoutEffect, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createElement, type ComposerEvents, type ReplicaSpec } from './shell';

/** The composer's state as the page outside React reads and resets it. */
interface Controls {
  value: string;
  clear(): void;
}

export const spec: ReplicaSpec = {
  title: 'Copilot (replica)',
  frameTag: 'div',
  sendButton: { 'data-testid': 'submit-button', title: 'Submit message' },
  mountComposer(slot, events) {
    const wrapper = createElement('div', { class: 'composer-editor' });
    slot.append(wrapper);

    const controls: Controls = { value: '', clear: () => undefined };
    const root = createRoot(wrapper);

    // Render synchronously so the textarea exists when mountComposer returns.
    flushSync(() => root.render(<ComposerTextarea events={events} controls={controls} />));

    return {
      root: wrapper,
      text: () => controls.value,
      clear: () => controls.clear(),
      destroy: () => root.unmount(),
    };
  },
  renderUserMessage: (text) => createElement('div', { 'data-content': 'user-message' }, text),
  renderReply(text) {
    const element = createElement('div', { 'data-content': 'ai-message' });

    return { element, finish: () => element.append(createElement('p', {}, text)) };
  },
};

function ComposerTextarea(props: { events: ComposerEvents; controls: Controls }) {
  const { events, controls } = props;
  const [value, setValue] = useState('');

  // Report every committed value, the way the real page derives its send button from state.
  useLayoutEffect(() => {
    controls.value = value;
    controls.clear = () => flushSync(() => setValue(''));
    events.onChange();
  }, [value, controls, events]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;

    event.preventDefault();
    events.onSubmit();
  };

  return (
    <textarea
      id="userInput"
      placeholder="Message Copilot"
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}

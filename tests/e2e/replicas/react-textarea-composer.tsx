import { useLayoutEffect, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createElement, type Composer, type ComposerEvents } from './shell';

/** The composer's state as the page outside React reads and resets it. */
interface Controls {
  value: string;
  clear(): void;
}

/**
 * A React-controlled textarea as Copilot, DeepSeek, Poe and ChatGPT's signed-out page run
 * it: React owns the value, so only input events it recognises change the page's state.
 */
export function mountReactTextarea(
  slot: HTMLElement,
  attributes: Record<string, string>,
  events: ComposerEvents,
): Composer {
  const wrapper = createElement('div', { class: 'composer-editor' });
  slot.append(wrapper);

  const controls: Controls = { value: '', clear: () => undefined };
  const root = createRoot(wrapper);

  // Render synchronously so the textarea exists when the mount returns.
  flushSync(() =>
    root.render(<ComposerTextarea events={events} controls={controls} attributes={attributes} />),
  );

  return {
    root: wrapper,
    text: () => controls.value,
    clear: () => controls.clear(),
    destroy: () => root.unmount(),
  };
}

function ComposerTextarea(props: {
  events: ComposerEvents;
  controls: Controls;
  attributes: Record<string, string>;
}) {
  const { events, controls, attributes } = props;
  const [value, setValue] = useState('');

  // Report every committed value, the way the real pages derive their send button from state.
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
      {...attributes}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}

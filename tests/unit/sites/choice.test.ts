// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';

import { showChoice, type ChoiceContent, type ChoiceResult } from '@/lib/sites/choice';
import { choiceButton, prepareDom, settle } from './fake-guard';

const content: ChoiceContent = {
  tone: 'warning',
  kind: 'paste-choice',
  title: 'Check before you paste',
  body: 'Contact details',
  redact: true,
  override: true,
  notSensitive: true,
  overrideLabel: 'Insert anyway',
  redactLabel: 'Insert redacted',
};

function composer(): HTMLTextAreaElement {
  return document.querySelector('textarea')!;
}

/** The `data-action` of the focused control inside the choice, or null. */
function focusedAction(): string | null {
  const root = document.querySelector('ascent-notice')?.shadowRoot;
  return (root?.activeElement as HTMLElement | null)?.dataset.action ?? null;
}

/** Presses a key where focus is now, the way the browser delivers it. */
function press(key: string, shiftKey = false): KeyboardEvent {
  const root = document.querySelector('ascent-notice')?.shadowRoot;
  const target = (root?.activeElement ?? document.activeElement ?? document.body) as HTMLElement;
  const event = new KeyboardEvent('keydown', {
    key,
    shiftKey,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  target.dispatchEvent(event);
  return event;
}

function dialog(): HTMLElement {
  return document.querySelector('ascent-notice')!.shadowRoot!.querySelector('[role]')!;
}

beforeEach(prepareDom);

describe('showChoice', () => {
  it('should cycle Tab through its controls and wrap from the last to the first', () => {
    void showChoice(composer(), content);
    const order: (string | null)[] = [focusedAction()];
    for (let step = 0; step < 4; step++) {
      const event = press('Tab');
      expect(event.defaultPrevented).toBe(true);
      order.push(focusedAction());
    }

    expect(order).toEqual(['redact', 'override', 'not-sensitive', 'cancel', 'redact']);
  });

  it('should cycle Shift+Tab backwards and wrap from the first to the last', () => {
    void showChoice(composer(), content);
    press('Tab', true);
    expect(focusedAction()).toBe('cancel');

    press('Tab', true);
    expect(focusedAction()).toBe('not-sensitive');
  });

  it('should bring focus back in when the page took it', () => {
    void showChoice(composer(), content);
    composer().focus();

    press('Tab');
    expect(focusedAction()).toBe('redact');
  });

  it('should include the justification field in the cycle', () => {
    void showChoice(composer(), content);
    choiceButton('override')!.click();
    const root = document.querySelector('ascent-notice')!.shadowRoot!;
    expect(root.activeElement?.tagName).toBe('TEXTAREA');

    press('Tab');
    expect(focusedAction()).toBe('confirm');
    press('Tab', true);
    press('Tab', true);
    expect(focusedAction()).toBe('cancel');
  });

  it('should still cancel on Escape and give focus back to the composer', async () => {
    const result: Promise<ChoiceResult> = showChoice(composer(), content);
    press('Escape');

    await expect(result).resolves.toEqual({ kind: 'cancel' });
    expect(document.activeElement).toBe(composer());
    expect(document.querySelector('ascent-notice')).toBeNull();
  });

  it('should stop trapping Tab once it is closed', async () => {
    const result = showChoice(composer(), content);
    choiceButton('redact')!.click();
    await result;
    await settle();

    expect(press('Tab').defaultPrevented).toBe(false);
  });

  it('should be a modal alert dialog named by its title and described by its body', () => {
    void showChoice(composer(), content);
    const box = dialog();
    const root = box.getRootNode() as ShadowRoot;

    expect(box.getAttribute('role')).toBe('alertdialog');
    expect(box.getAttribute('aria-modal')).toBe('true');
    expect(root.getElementById(box.getAttribute('aria-labelledby')!)?.textContent).toBe(
      content.title,
    );
    expect(root.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toBe(
      content.body,
    );
  });
});

import { t } from '../i18n';
import { buildFrame, isChoiceOpen, make, makeButton, mountBox, type NoticeContent } from './notice';

/** What the user chose in an inline choice. */
export type ChoiceResult =
  | { kind: 'redact' }
  | { kind: 'override'; justification: string }
  | { kind: 'not-sensitive' }
  | { kind: 'cancel' };

export interface ChoiceContent extends Omit<NoticeContent, 'dismissLabel'> {
  /** Offer "insert redacted" (the redact action). */
  redact: boolean;
  /** Offer "go ahead anyway" with a justification (the rule allows overrides). */
  override: boolean;
  /** Offer "not sensitive" (no lock forbids it). */
  notSensitive: boolean;
  /** Label of the override button: "Insert anyway", "Send anyway". */
  overrideLabel: string;
  redactLabel: string;
}

/** The justification step: a labelled text field that must not stay empty. */
function justificationStep(box: HTMLElement, finish: (result: ChoiceResult) => void): void {
  const label = make('label', '', t('justificationLabel'));
  const field = make('textarea');
  field.rows = 2;
  field.dataset.ascent = 'justification';
  field.required = true;
  label.append(field);

  const confirm = makeButton(t('justificationConfirm'), 'confirm', () => {
    const justification = field.value.trim();
    if (justification) finish({ kind: 'override', justification });
    else field.focus();
  });

  box.querySelector('.actions')?.before(label);
  box.querySelector('.actions')?.prepend(confirm);
  box.querySelector('[data-action="override"]')?.remove();
  field.focus();
}

function buildActions(
  content: ChoiceContent,
  box: HTMLElement,
  finish: (result: ChoiceResult) => void,
): HTMLElement {
  const actions = make('div', 'actions');
  if (content.redact) {
    actions.append(makeButton(content.redactLabel, 'redact', () => finish({ kind: 'redact' })));
  }
  if (content.override) {
    actions.append(
      makeButton(content.overrideLabel, 'override', () => justificationStep(box, finish)),
    );
  }
  if (content.notSensitive) {
    actions.append(
      makeButton(t('markNotSensitive'), 'not-sensitive', () => finish({ kind: 'not-sensitive' })),
    );
  }
  actions.append(makeButton(t('cancel'), 'cancel', () => finish({ kind: 'cancel' })));

  return actions;
}

// Choices wait their turn: a second held paste's choice appears once the first is settled,
// so no held text is cancelled by the next.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Shows an inline choice by the composer and resolves with what the user picked. Focus
 * moves into it and Tab cycles within it, Escape cancels, every control has a visible
 * label; when the composer goes away (re-render, navigation) the choice counts as cancelled.
 * A choice asked for while another is open waits until that one is settled.
 */
export function showChoice(composer: HTMLElement, content: ChoiceContent): Promise<ChoiceResult> {
  const turn = isChoiceOpen()
    ? queue.then(() => presentChoice(composer, content))
    : presentChoice(composer, content);
  queue = turn;
  return turn;
}

function presentChoice(composer: HTMLElement, content: ChoiceContent): Promise<ChoiceResult> {
  // The composer went away while this choice waited (navigation): nothing to insert into.
  if (!composer.isConnected) return Promise.resolve({ kind: 'cancel' });

  return new Promise((resolve) => {
    const box = buildFrame(content, 'alertdialog');
    // Focus stays inside while it is open; readers hear its title and body (buildFrame).
    box.setAttribute('aria-modal', 'true');
    let done = false;

    // Escape cancels and Tab stays in the choice, even when the page's editor pulled focus
    // back to itself.
    const onWindowKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' && event.key !== 'Tab') return;

      event.stopImmediatePropagation();
      if (event.key === 'Tab') {
        event.preventDefault();
        cycleFocus(box, event.shiftKey);
      } else {
        finish({ kind: 'cancel' });
      }
    };

    const finish = (result: ChoiceResult) => {
      if (done) return;

      done = true;
      window.removeEventListener('keydown', onWindowKey, true);
      // Only this choice goes: a newer notice (a second paste's choice) that replaced it stays.
      const host = (box.getRootNode() as ShadowRoot).host;
      const replaced = !host.isConnected;
      host.remove();
      // A keyboard user goes on where they were: back in the composer, not on the page body.
      if (result.kind === 'cancel' && !replaced && composer.isConnected) composer.focus();
      resolve(result);
    };

    box.append(buildActions(content, box, finish));
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') finish({ kind: 'cancel' });
      // Keys typed here belong to the choice, not to the chat page's shortcuts.
      event.stopPropagation();
    });

    mountBox(composer, box);
    window.addEventListener('keydown', onWindowKey, true);
    // Editors restore their own focus after a paste; move it in once they are done.
    box.querySelector('button')?.focus();
    requestAnimationFrame(() => box.querySelector('button')?.focus());
    watchRemoval(box, () => finish({ kind: 'cancel' }));
  });
}

/**
 * Moves focus to the choice's next control (the previous with Shift), wrapping at either
 * end, so a keyboard user cannot Tab out of a choice that holds their paste or prompt.
 * Focus outside the choice comes back to its first (or last) control.
 */
function cycleFocus(box: HTMLElement, backwards: boolean): void {
  const controls = [...box.querySelectorAll<HTMLElement>('button, textarea')];
  if (controls.length === 0) return;

  const current = controls.indexOf((box.getRootNode() as ShadowRoot).activeElement as HTMLElement);
  const step = backwards ? -1 : 1;
  const next = current === -1 ? (backwards ? -1 : 0) : current + step;
  controls.at(next % controls.length)?.focus();
}

/** Another notice replacing this one (or the page dropping it) ends the choice. */
function watchRemoval(box: HTMLElement, onRemoved: () => void): void {
  const host = (box.getRootNode() as ShadowRoot).host;
  const observer = new MutationObserver(() => {
    if (host.isConnected) return;

    observer.disconnect();
    onRemoved();
  });

  observer.observe(document.body, { childList: true });
}

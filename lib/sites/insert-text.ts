import { readComposerText } from './composer';

/** The result of putting text into a composer; `reason` is a stable code, never the text. */
export interface InsertResult {
  ok: boolean;
  reason?: 'no-composer' | 'not-landed';
}

export interface InsertOptions {
  /** Replace everything in the composer instead of inserting at the caret. */
  replace?: boolean;
  /** Where the caret was before Ascent's own UI took focus (see saveSelection). */
  selection?: SavedSelection | null;
}

/** A selection inside the composer, remembered while Ascent's choice UI has focus. */
export type SavedSelection =
  { kind: 'range'; range: Range } | { kind: 'textarea'; start: number; end: number };

// TODO [2027-01-15]: above the limit a textarea gets the React value setter, which the
// browser's undo does not see; a large paste then cannot be undone in one step.
/**
 * Above this length insertion avoids `execCommand('insertText')` (see strategies). No other
 * path makes a 1 MB textarea insert cheaper: setter, `setRangeText` and the browser's own
 * paste each spend 200-300 ms laying the text out (CDP traces, tests/bench/sites.ts).
 */
const execCommandLimit = 64 * 1024;

/** Paste events Ascent dispatches itself; the paste guard lets them pass unchecked. */
export const ownPasteEvents = new WeakSet<Event>();

/** Remembers the composer's selection, or null when it lies outside the composer. */
export function saveSelection(composer: HTMLElement): SavedSelection | null {
  if (composer instanceof HTMLTextAreaElement) {
    return { kind: 'textarea', start: composer.selectionStart, end: composer.selectionEnd };
  }

  const selection = composer.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;

  const range = selection.getRangeAt(0);
  return composer.contains(range.commonAncestorContainer)
    ? { kind: 'range', range: range.cloneRange() }
    : null;
}

/**
 * Sets the textarea's selection explicitly. Moving it also closes the browser's open
 * typing group, so one undo removes the insertion and not the words typed just before.
 */
function restoreTextareaSelection(textarea: HTMLTextAreaElement, options: InsertOptions): void {
  const saved = options.selection?.kind === 'textarea' ? options.selection : undefined;
  const start = options.replace ? 0 : (saved?.start ?? textarea.selectionStart);
  const end = options.replace ? textarea.value.length : (saved?.end ?? textarea.selectionEnd);

  textarea.setSelectionRange(0, 0);
  textarea.setSelectionRange(start, end);
}

/** Focuses the composer and puts the caret back where it was (or selects all to replace). */
function restoreSelection(composer: HTMLElement, options: InsertOptions): void {
  composer.focus({ preventScroll: true });
  if (composer instanceof HTMLTextAreaElement) {
    restoreTextareaSelection(composer, options);
    return;
  }

  const selection = composer.ownerDocument.getSelection();
  if (!selection) return;

  if (options.replace) {
    selection.selectAllChildren(composer);
  } else if (
    options.selection?.kind === 'range' &&
    options.selection.range.startContainer.isConnected
  ) {
    selection.removeAllRanges();
    selection.addRange(options.selection.range);
  }
}

/** Whitespace differs between editors (nbsp, paragraph breaks); compare without it. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * A textarea holds exactly what went in (new lines normalised): compared as is, a 1 MB
 * insertion is checked in a few milliseconds instead of squashing megabytes of text.
 */
function landedInTextarea(
  textarea: HTMLTextAreaElement,
  before: string,
  text: string,
  replace: boolean,
): boolean {
  const value = textarea.value;
  const wanted = text.replace(/\r\n?/g, '\n');
  if (replace) return value === wanted;

  return value.length >= before.length + wanted.length && value.includes(wanted);
}

function landed(composer: HTMLElement, before: string, text: string, replace: boolean): boolean {
  if (
    composer instanceof HTMLTextAreaElement &&
    landedInTextarea(composer, before, text, replace)
  ) {
    return true;
  }

  const after = squash(readComposerText(composer));
  const wanted = squash(text);
  if (replace) return after === wanted;

  return after.includes(wanted) && after.length >= squash(before).length + wanted.length;
}

/**
 * The editor's own paste handling: ProseMirror, Quill and Lexical read `clipboardData`,
 * turn new lines into paragraphs and record one undo step.
 */
function dispatchPaste(composer: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
  });

  ownPasteEvents.add(event);
  composer.dispatchEvent(event);
}

/** React keeps a textarea's value in state; the prototype's setter lets it see the change. */
function setTextareaValue(textarea: HTMLTextAreaElement, text: string, replace: boolean): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  const start = replace ? 0 : textarea.selectionStart;
  const end = replace ? textarea.value.length : textarea.selectionEnd;
  const next = textarea.value.slice(0, start) + text + textarea.value.slice(end);

  setter?.call(textarea, next);
  textarea.setSelectionRange(start + text.length, start + text.length);
  textarea.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
  );
}

/** Lexical and Quill commit their DOM after the event, in a microtask or task. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Ways to insert, most native first: each keeps the page's state and its undo history. */
function strategies(composer: HTMLElement, text: string, replace: boolean): (() => void)[] {
  const execInsert = () => composer.ownerDocument.execCommand('insertText', false, text);
  // Chromium's renderer dies on insertText with about a megabyte; large text skips it.
  const large = text.length > execCommandLimit;
  if (composer instanceof HTMLTextAreaElement) {
    // execCommand keeps the textarea's own undo stack; the setter is the React fallback.
    const setter = () => setTextareaValue(composer, text, replace);
    return large ? [setter] : [execInsert, setter];
  }

  const paste = () => dispatchPaste(composer, text);
  // Multi-line text through insertText becomes line breaks some editors drop; their paste
  // path turns it into paragraphs.
  if (large) return [paste];
  return text.includes('\n') ? [paste, execInsert] : [execInsert, paste];
}

/**
 * Puts `text` into the composer through the editor's own input pipeline, so the page's
 * state follows (send enabled) and one undo removes exactly the inserted text. Checks that
 * the text really landed; when no way worked the composer is left as the user had it.
 */
export async function insertIntoComposer(
  composer: HTMLElement | null,
  text: string,
  options: InsertOptions = {},
): Promise<InsertResult> {
  if (!composer?.isConnected) return { ok: false, reason: 'no-composer' };

  const replace = options.replace ?? false;
  const before = readComposerText(composer);
  for (const attempt of strategies(composer, text, replace)) {
    restoreSelection(composer, options);
    attempt();
    await settle();
    if (!composer.isConnected) return { ok: false, reason: 'no-composer' };
    if (landed(composer, before, text, replace)) return { ok: true };

    // A half-done attempt must not stay: the next one starts from the user's text.
    if (readComposerText(composer) !== before) composer.ownerDocument.execCommand('undo');
  }

  return { ok: false, reason: 'not-landed' };
}

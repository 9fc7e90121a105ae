import { log } from '../log';
import { decide, scanForPolicy, type Decision } from '../policy/decide';
import { isInComposer } from './composer';
import { evaluateLargeText, evaluateText, largeTextLength, policyCanBlock } from './evaluate';
import {
  canDecideAtOnce,
  notify,
  resolveContextFor,
  warnAbout,
  type GuardContext,
} from './guard-context';
import {
  insertIntoComposer,
  ownPasteEvents,
  saveSelection,
  type SavedSelection,
} from './insert-text';
import { removeNoticeOfKind } from './notice';
import { resolveDecision } from './resolve-decision';

/** Stops the page (and its editor) from seeing a paste Ascent is holding. */
function intercept(event: Event): void {
  // ProseMirror ignores defaultPrevented, so propagation must stop as well.
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Inserts held text where the caret was; says so when the editor did not take it. */
async function insertHeld(
  composer: HTMLElement,
  text: string,
  selection: SavedSelection | null,
): Promise<boolean> {
  const result = await insertIntoComposer(composer, text, { selection });
  if (!result.ok) notify(composer, 'blocked', 'insert-failed', 'insertFailedTitle', '');

  return result.ok;
}

/** The user decides about a held paste; then the chosen text goes in. */
async function settleHeld(
  guard: GuardContext,
  composer: HTMLElement,
  text: string,
  decision: Decision,
  selection: SavedSelection | null,
): Promise<void> {
  guard.onChecked('paste', text.length, decision.action, decision.findings);
  const resolution = await resolveDecision(
    text,
    decision,
    resolveContextFor(guard, composer, 'paste'),
  );
  if (resolution.kind === 'cancel') return;

  const insert = resolution.kind === 'redacted' ? resolution.text : text;
  const inserted = await insertHeld(composer, insert, selection);
  if (inserted && decision.action === 'warn') warnAbout(composer, 'paste-warning', decision);
}

/** A paste over 256 KB: held, scanned in slices, inserted as plain text with a notice. */
async function handleLargePaste(guard: GuardContext, composer: HTMLElement, text: string) {
  const selection = saveSelection(composer);
  notify(composer, 'info', 'paste-scanning', 'largePasteChecking', '');

  const decision = await evaluateLargeText(text, await guard.waitForPolicy());
  await settleHeld(guard, composer, text, decision, selection);
  if (decision.action === 'allow' || decision.action === 'monitor') {
    notify(composer, 'info', 'paste-large', 'largePasteTitle', '');
  }
}

/** Scanning threw: a policy that can block fails closed, any other fails open, both say so. */
function failSafe(guard: GuardContext, composer: HTMLElement, event: Event, error: unknown) {
  log.error('paste scan failed:', error as Error);
  if (policyCanBlock(guard.policy())) {
    intercept(event);
    notify(composer, 'blocked', 'paste-failed-closed', 'scanFailedTitle', '');
    return;
  }

  notify(composer, 'warning', 'paste-failed-open', 'scanFailedTitle', '');
}

/** The first, synchronous look at a paste: null when scanning threw. */
function quickDecision(guard: GuardContext, text: string): Decision | null {
  try {
    return decide(scanForPolicy(text, guard.policy()), guard.policy());
  } catch {
    return null;
  }
}

/** A hold this short goes unnoticed; a longer one (the policy still loading) says so. */
const checkingNoticeDelayMs = 300;

/** Holds a paste with findings until the final decision, then lets the user settle it. */
function holdPaste(guard: GuardContext, composer: HTMLElement, text: string): void {
  const selection = saveSelection(composer);
  const checking = setTimeout(
    () => notify(composer, 'info', 'paste-checking', 'pasteChecking', ''),
    checkingNoticeDelayMs,
  );

  void guard
    .waitForPolicy()
    .then((policy) => evaluateText(text, policy))
    .then((final) => {
      clearTimeout(checking);
      // Only its own notice: an earlier paste's open choice must stay.
      removeNoticeOfKind('paste-checking');
      return settleHeld(guard, composer, text, final, selection);
    })
    .catch((error: Error) => log.error('held paste failed:', error));
}

/**
 * Checks a paste before the page sees it. A clean paste is not touched at all (formatting
 * survives); allow, monitor and warn let it through; redact and block hold it for the
 * user's choice. A paste with findings is held while values marked "not sensitive" are
 * checked (an asynchronous hash), and, in the first moments after load, until the
 * background's policy has answered.
 */
export function handlePaste(guard: GuardContext, event: ClipboardEvent): void {
  const composer = guard.composer();
  if (ownPasteEvents.has(event) || guard.paused()) return;
  if (!composer || !isInComposer(composer, event.target)) return;

  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (!text) return;

  if (text.length > largeTextLength) {
    intercept(event);
    void handleLargePaste(guard, composer, text);
    return;
  }

  const decision = quickDecision(guard, text);
  if (!decision) {
    failSafe(guard, composer, event, new Error('scan failed'));
    return;
  }

  if (canDecideAtOnce(guard, decision)) {
    letThrough(guard, composer, text, decision);
    return;
  }

  intercept(event);
  holdPaste(guard, composer, text);
}

function letThrough(guard: GuardContext, composer: HTMLElement, text: string, decision: Decision) {
  guard.onChecked('paste', text.length, decision.action, decision.findings);
  void resolveDecision(text, decision, resolveContextFor(guard, composer, 'paste'));
  if (decision.action === 'warn') warnAbout(composer, 'paste-warning', decision);
}

import { log } from '../log';
import type { MessageOf } from '../messages';
import { decide, scanForPolicy, type Decision } from '../policy/decide';
import { isInComposer, readComposerText } from './composer';
import { evaluateText, policyCanBlock } from './evaluate';
import {
  canDecideAtOnce,
  notify,
  resolveContextFor,
  warnAbout,
  type GuardContext,
} from './guard-context';
import { insertIntoComposer } from './insert-text';
import { forgetOverridden, resolveDecision, withoutOverridden } from './resolve-decision';

export type SubmitOutcome = MessageOf<'prompt-submitted'>['outcome'];

// TODO [2027-01-15]: `warn` at submit lets the prompt go with a notice; a confirm step
// would need the page's send repeated, as block's override does.
/** Enter on the composer and a click on the send control can both fire for one send. */
const submitDedupMs = 500;

export interface SubmitGuard {
  onKeyDown(event: KeyboardEvent): void;
  onClick(event: MouseEvent): void;
}

/** Whether a key press sends: Enter, not Shift+Enter, not confirming an IME composition. */
export function isSubmitKey(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.shiftKey) return false;

  return !event.isComposing && event.keyCode !== 229;
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Sends the prompt again the way the user did, once Ascent has let it through. */
function resubmit(guard: GuardContext, composer: HTMLElement): void {
  const selector = guard.site.sendSelectors.join(', ');
  const control = selector ? document.querySelector<HTMLElement>(selector) : null;
  if (control && !(control as HTMLButtonElement).disabled) {
    control.click();
    return;
  }

  const init = { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true };
  composer.dispatchEvent(new KeyboardEvent('keydown', init));
}

/**
 * Checks prompts at submit, in the capture phase, before the page sends them: `block`
 * stops the submission (an override with justification lets it go), `redact` rewrites the
 * composer and the user then sends, milder actions let it through. `onSubmitted` hears
 * every prompt that went (or was stopped) with its outcome.
 */
export function createSubmitGuard(
  guard: GuardContext,
  onSubmitted: (text: string, outcome: SubmitOutcome) => void,
): SubmitGuard {
  let lastSubmit = { text: '', at: 0 };
  let allowOnce: { text: string; outcome: SubmitOutcome } | null = null;
  let redactedText: string | null = null;

  // One send can fire Enter and a click; it is reported once. A stopped prompt is no send.
  const finish = (text: string, outcome: SubmitOutcome) => {
    const repeat = text === lastSubmit.text && Date.now() - lastSubmit.at < submitDedupMs;
    if (outcome !== 'blocked') {
      lastSubmit = { text, at: Date.now() };
      forgetOverridden();
    }
    if (!repeat) onSubmitted(text, outcome);
  };

  const outcomeFor = (text: string, decision: Decision): SubmitOutcome => {
    if (text === redactedText) return 'redacted';
    return decision.action === 'warn' ? 'warned' : 'clean';
  };

  const hold = async (composer: HTMLElement, text: string, decision: Decision) => {
    if (decision.action !== 'redact' && decision.action !== 'block') {
      // Held for a not-sensitive check or for the pack, and milder in the end: send as the
      // user asked, with the warning a warn decision gives at once.
      allowOnce = { text, outcome: outcomeFor(text, decision) };
      if (decision.action === 'warn') warnAbout(composer, 'submit-warning', decision);
      resubmit(guard, composer);
      return;
    }

    if (decision.action === 'block') finish(text, 'blocked');
    const context = resolveContextFor(guard, composer, 'submit');
    const resolution = await resolveDecision(text, decision, context);
    if (resolution.kind === 'original') {
      allowOnce = { text, outcome: resolution.overridden ? 'overridden' : 'clean' };
      resubmit(guard, composer);
    } else if (resolution.kind === 'redacted') {
      const result = await insertIntoComposer(composer, resolution.text, { replace: true });
      if (result.ok) redactedText = readComposerText(composer).trim();
      else notify(composer, 'blocked', 'insert-failed', 'insertFailedTitle', '');
    }
  };

  const check = (event: Event) => {
    const composer = guard.composer();
    if (!composer || guard.paused()) return;

    const text = readComposerText(composer).trim();
    if (!text) return;

    if (allowOnce?.text === text) {
      const { outcome } = allowOnce;
      allowOnce = null;
      finish(text, outcome);
      return;
    }

    let decision: Decision;
    try {
      // A value the user already went ahead with on this page is not asked about again.
      const findings = withoutOverridden(text, scanForPolicy(text, guard.policy()));
      decision = decide(findings, guard.policy());
    } catch {
      failSafe(event, composer, text);
      return;
    }

    if (canDecideAtOnce(guard, decision)) {
      void resolveDecision(text, decision, resolveContextFor(guard, composer, 'submit'));
      if (decision.action === 'warn') warnAbout(composer, 'submit-warning', decision);
      finish(text, outcomeFor(text, decision));
      return;
    }

    stop(event);
    void guard
      .waitForPolicy()
      .then((policy) => evaluateText(text, policy, withoutOverridden))
      .then((final) => hold(composer, text, final))
      .catch((error: Error) => log.error('held submit failed:', error));
  };

  const failSafe = (event: Event, composer: HTMLElement, text: string) => {
    if (policyCanBlock(guard.policy())) {
      stop(event);
      notify(composer, 'blocked', 'submit-failed-closed', 'scanFailedTitle', '');
      return;
    }

    notify(composer, 'warning', 'submit-failed-open', 'scanFailedTitle', '');
    finish(text, 'clean');
  };

  return {
    onKeyDown(event) {
      if (isSubmitKey(event) && isInComposer(guard.composer(), event.target)) check(event);
    },
    onClick(event) {
      const target = event.target instanceof Element ? event.target : null;
      const selector = guard.site.sendSelectors.join(', ');
      if (selector && target?.closest(selector)) check(event);
    },
  };
}

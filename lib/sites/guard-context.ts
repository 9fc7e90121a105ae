import type { Finding } from '../detectors';
import { t, type MessageKey } from '../i18n';
import type { Action, Decision } from '../policy/decide';
import type { EffectivePolicy } from '../policy/effective';
import { showNotice } from './notice';
import type { ResolveContext } from './resolve-decision';
import { explain, type Trigger } from './outbound';
import type { SiteAdapter } from './types';

/** What every guard (paste, file, submit) needs from the content controller. */
export interface GuardContext {
  site: SiteAdapter;
  composer(): HTMLElement | null;
  policy(): EffectivePolicy;
  /** The background's policy once it has answered (its salt is the real one). */
  loadedPolicy(): Promise<EffectivePolicy>;
  /** Whether the background has answered: until then `policy()` is the built-in default. */
  isPolicyLoaded(): boolean;
  /** The background's policy, waited for a bounded time; then the default (policy-client). */
  waitForPolicy(): Promise<EffectivePolicy>;
  /** Paused by the user or the pack: guards do nothing. */
  paused(): boolean;
  onValuesAllowed(hashes: string[]): void;
  /** A paste or file was checked: the side panel and the event log hear about it. */
  onChecked(kind: 'paste' | 'file', length: number, action: Action, findings: Finding[]): void;
}

// TODO [2027-01-15]: before the background answers, the pack's own patterns are unknown: a
// text only they would flag counts as clean and goes through untouched (clean pastes are
// never delayed). Keeping the last pack in storage.local for the content script would close it.
/**
 * Whether a first, synchronous decision can stand: it is mild, and neither values marked
 * "not sensitive" (an asynchronous hash) nor the organisation's pack (not answered yet in
 * the first moments after load) could change it. A text without findings always can.
 */
export function canDecideAtOnce(guard: GuardContext, decision: Decision): boolean {
  if (decision.action === 'redact' || decision.action === 'block') return false;
  if (decision.findings.length === 0) return true;

  return guard.isPolicyLoaded() && guard.policy().allowedValueHashes.length === 0;
}

/** The context `resolveDecision` needs, for one composer and trigger. */
export function resolveContextFor(
  guard: GuardContext,
  composer: HTMLElement,
  trigger: Trigger,
): ResolveContext {
  return {
    tool: guard.site.id,
    composer,
    policy: guard.policy(),
    loadedPolicy: guard.loadedPolicy,
    trigger,
    onValuesAllowed: guard.onValuesAllowed,
  };
}

/** A short notice by the composer in the user's language. */
export function notify(
  composer: HTMLElement,
  tone: 'info' | 'warning' | 'blocked',
  kind: string,
  title: MessageKey,
  body: string,
): void {
  showNotice(composer, { tone, kind, title: t(title), body, dismissLabel: t('dismiss') });
}

/** The warning shown when a warn decision lets text through. */
export function warnAbout(composer: HTMLElement, kind: string, decision: Decision): void {
  notify(composer, 'warning', kind, 'warningTitle', explain(decision));
}

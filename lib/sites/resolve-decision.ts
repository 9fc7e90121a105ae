import { redact } from '../detectors';
import { t, type MessageKey } from '../i18n';
import type { Finding } from '../detectors/types';
import type { Decision } from '../policy/decide';
import { hashValue } from '../policy/value-hash';
import type { EffectivePolicy } from '../policy/effective';
import { showChoice, type ChoiceResult } from './choice';
import { explain, reportDecision, send, type Trigger } from './outbound';

/** What to do with held text once the user (or the policy) has decided. */
export type Resolution =
  | { kind: 'original'; overridden: boolean }
  | { kind: 'redacted'; text: string }
  | { kind: 'cancel' };

export interface ResolveContext {
  tool: string;
  composer: HTMLElement;
  policy: EffectivePolicy;
  loadedPolicy(): Promise<EffectivePolicy>;
  trigger: Trigger;
  /** The policy in memory learns the new hashes at once, before the background answers. */
  onValuesAllowed(hashes: string[]): void;
}

// Values the user just went ahead with, with a justification: sending the prompt that holds
// them does not ask again. In memory only, and only until that prompt is sent or the
// composer changes: the same value typed into a later prompt is checked afresh.
const overriddenValues = new Set<string>();

/** Ends the exemption of overridden values (a prompt was sent, the composer changed). */
export function forgetOverridden(): void {
  overriddenValues.clear();
}

/** The findings whose value the user has not just overridden. */
export function withoutOverridden<T extends Finding>(text: string, findings: readonly T[]): T[] {
  if (overriddenValues.size === 0) return [...findings];

  return findings.filter(
    (finding) => !overriddenValues.has(text.slice(finding.start, finding.end)),
  );
}

const titles: Record<Trigger, MessageKey> = {
  paste: 'pasteHeldTitle',
  file: 'fileHeldTitle',
  submit: 'submitHeldTitle',
  typing: 'submitHeldTitle',
};

/**
 * Marks every value of the decision as not sensitive: only salted hashes leave this
 * function, the values stay in memory.
 */
async function markNotSensitive(
  text: string,
  decision: Decision,
  context: ResolveContext,
): Promise<void> {
  const values = new Set(
    decision.findings.map((finding) => text.slice(finding.start, finding.end)),
  );
  // The salt must be the background's: a choice made before its answer waits for it.
  const salt = (await context.loadedPolicy()).allowedValueSalt;
  const hashes = await Promise.all([...values].map((value) => hashValue(salt, value)));

  for (const valueHash of hashes) send({ type: 'mark-not-sensitive', valueHash });
  context.onValuesAllowed(hashes);
}

function askUser(decision: Decision, context: ResolveContext): Promise<ChoiceResult> {
  const blocked = decision.action === 'block';
  const anyway = context.trigger === 'submit' ? 'sendAnyway' : 'insertAnyway';

  return showChoice(context.composer, {
    tone: blocked ? 'blocked' : 'warning',
    kind: `${context.trigger}-${blocked ? 'blocked' : 'choice'}`,
    title: t(blocked ? 'blockedTitle' : titles[context.trigger]),
    body: explain(decision),
    redact: decision.action === 'redact',
    redactLabel: t(context.trigger === 'submit' ? 'redactPrompt' : 'insertRedacted'),
    override: decision.allowOverride,
    overrideLabel: t(anyway),
    notSensitive: !context.policy.locks.markNotSensitive,
  });
}

/**
 * Carries out a decision on text Ascent is holding (a paste, a file, a prompt): milder
 * actions let it through, redact and block ask the user. Each outcome is reported once.
 */
export async function resolveDecision(
  text: string,
  decision: Decision,
  context: ResolveContext,
): Promise<Resolution> {
  if (decision.action !== 'redact' && decision.action !== 'block') {
    reportDecision(context.tool, context.trigger, decision);
    return { kind: 'original', overridden: false };
  }

  const choice = await askUser(decision, context);
  if (choice.kind === 'override') {
    reportDecision(context.tool, context.trigger, decision, choice);
    // The justification covers what the rule lets the user override, nothing more.
    const kept = decision.keptRedacted ?? [];
    for (const finding of decision.findings) {
      if (!kept.includes(finding)) overriddenValues.add(text.slice(finding.start, finding.end));
    }
    if (kept.length > 0) return { kind: 'redacted', text: redact(text, kept).text };
    return { kind: 'original', overridden: true };
  }

  if (choice.kind === 'not-sensitive') {
    // Audited as an override with a fixed reason: the value itself never leaves the page.
    reportDecision(context.tool, context.trigger, decision, { justification: 'not sensitive' });
    await markNotSensitive(text, decision, context);
    return { kind: 'original', overridden: false };
  }

  reportDecision(context.tool, context.trigger, decision);
  if (choice.kind === 'redact')
    return { kind: 'redacted', text: redact(text, decision.findings).text };

  return { kind: 'cancel' };
}

import { browser } from 'wxt/browser';

import type { Finding } from '../detectors';
import { t } from '../i18n';
import type { Message, MessageOf } from '../messages';
import type { Decision } from '../policy/decide';

/** Sends to Ascent's other contexts; no receiver (side panel closed) is not an error. */
export function send(message: Message): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * Readable names of what was found, in the browser's language, each named once: the
 * category for built-in types (the per-type labels would cost the content script ~3 KB),
 * the pattern's own name for an organisation pattern.
 */
export function describeTypes(findings: readonly Finding[]): string {
  const names = new Set(findings.map(nameOf));
  return [...names].join(', ');
}

function nameOf(finding: Finding): string {
  if (finding.category === 'custom') return finding.type;

  return t(`category_${finding.category}`);
}

export type Trigger = MessageOf<'policy-decision'>['trigger'];

/**
 * Tells the background about an enforcement decision for the audit log: the rule and the
 * action, never a value. Allow decisions are not audited.
 */
export function reportDecision(
  tool: string,
  trigger: Trigger,
  decision: Decision,
  override?: { justification: string },
): void {
  if (decision.action === 'allow') return;

  send({
    type: 'policy-decision',
    tool,
    trigger,
    rule: decision.rule.slice(0, 64) || 'fallback',
    action: decision.action,
    overridden: override !== undefined,
    justification: override?.justification.slice(0, 2000),
  });
}

/** The sentence that explains a decision, e.g. "Check before you send: Contact details." */
export function explain(decision: Decision): string {
  // A block names what is blocked, not the personal data that would only have been warned about.
  const types = describeTypes(decision.decisive ?? decision.findings);
  if (decision.action !== 'block') return t('warningBody', types);

  // An override still redacts what the pack redacts without exception: say so up front.
  const kept = decision.allowOverride ? (decision.keptRedacted ?? []) : [];
  const body = t('blockedBody', types);
  return kept.length > 0 ? `${body} ${t('overrideStillRedacts', describeTypes(kept))}` : body;
}

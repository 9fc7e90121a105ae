import type { Finding } from '../detectors/types';

export type Action = 'allow' | 'monitor' | 'warn' | 'redact' | 'block';

/** Actions from mildest to strictest; the strictest action among the findings wins. */
export const actionOrder: readonly Action[] = ['allow', 'monitor', 'warn', 'redact', 'block'];

export interface Decision {
  action: Action;
  findings: Finding[];
}

/** Chooses the action for one finding. The policy-pack issue replaces this default. */
export type Rule = (finding: Finding) => Action;

/** Until a policy pack is in force: every finding warns, nothing is blocked. */
export const defaultRule: Rule = () => 'warn';

/**
 * The one place where Ascent decides what happens to a paste or prompt: every finding
 * gets an action from the rule, and the strictest of them applies. No findings: allow.
 */
export function decide(findings: readonly Finding[], rule: Rule = defaultRule): Decision {
  let action: Action = 'allow';
  for (const finding of findings) {
    const candidate = rule(finding);
    if (actionOrder.indexOf(candidate) > actionOrder.indexOf(action)) action = candidate;
  }

  return { action, findings: [...findings] };
}

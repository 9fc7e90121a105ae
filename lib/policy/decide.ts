import { scanText } from '../detectors';
import type { Finding } from '../detectors/types';
import type { EffectivePolicy, PolicyRule } from './effective';
import { hashValue } from './value-hash';

export type Action = 'allow' | 'monitor' | 'warn' | 'redact' | 'block';

/** Actions from mildest to strictest; the strictest action among the findings wins. */
export const actionOrder: readonly Action[] = ['allow', 'monitor', 'warn', 'redact', 'block'];

export interface Decision {
  action: Action;
  findings: Finding[];
  /** What decided: a finding type, a category or an organisation pattern name. */
  rule: string;
  /** May the user go ahead anyway with a written justification? */
  allowOverride: boolean;
  /** The findings whose own rule is the decided action: what a notice names as the reason. */
  decisive?: Finding[];
  /**
   * Findings an override does not cover: their rule redacts without allowing an override,
   * so "insert anyway" on a block still redacts them.
   */
  keptRedacted?: Finding[];
}

/** The rule that applies to one finding, and the name it is recorded under. */
export interface AppliedRule extends PolicyRule {
  name: string;
}

/**
 * The rule for one finding: an organisation pattern's own action first, then the rule for
 * its type, then for its category, then the policy's fallback.
 */
export function ruleFor(finding: Finding, policy: EffectivePolicy): AppliedRule {
  const pattern = policy.customPatterns.find((candidate) => candidate.name === finding.type);
  if (pattern) {
    const allowOverride = policy.categories[pattern.category]?.allowOverride ?? true;
    return { name: pattern.name, action: pattern.action, allowOverride };
  }

  const byType = policy.types[finding.type];
  if (byType) return { name: finding.type, ...byType };

  const byCategory = policy.categories[finding.category];
  if (byCategory) return { name: finding.category, ...byCategory };

  return { name: 'fallback', ...policy.fallback };
}

function stricter(a: Action, b: Action): boolean {
  return actionOrder.indexOf(a) > actionOrder.indexOf(b);
}

/**
 * The one place where Ascent decides what happens to a paste, file or prompt: every
 * finding gets its rule, and the strictest action applies. An override is allowed only
 * when every finding at that action allows it, and it never covers findings whose own rule
 * redacts without an override (keptRedacted). No findings: allow.
 */
export function decide(findings: readonly Finding[], policy: EffectivePolicy): Decision {
  let decision: Decision = {
    action: 'allow',
    findings: [...findings],
    rule: '',
    allowOverride: true,
  };

  for (const finding of findings) {
    const rule = ruleFor(finding, policy);
    if (stricter(rule.action, decision.action)) {
      decision = {
        ...decision,
        action: rule.action,
        rule: rule.name,
        allowOverride: rule.allowOverride,
      };
    } else if (rule.action === decision.action && !rule.allowOverride) {
      decision = { ...decision, allowOverride: false };
    }
  }

  const rules = findings.map((finding) => ruleFor(finding, policy));
  const decisive = findings.filter((_finding, index) => rules[index]!.action === decision.action);
  const keptRedacted = findings.filter(
    (_finding, index) => rules[index]!.action === 'redact' && !rules[index]!.allowOverride,
  );
  return { ...decision, decisive, keptRedacted };
}

/** The e-mail domain of a finding's value, lower case, or undefined when it has none. */
function emailDomain(value: string): string | undefined {
  const at = value.lastIndexOf('@');
  return at < 0 ? undefined : value.slice(at + 1).toLowerCase();
}

function isAllowedDomain(domain: string, allowed: readonly string[]): boolean {
  return allowed.some((entry) => {
    const base = entry.toLowerCase().replace(/^\*?\./, '');
    return domain === base || domain.endsWith(`.${base}`);
  });
}

/**
 * Scans text as the policy says: the built-in detectors plus the pack's own patterns,
 * without e-mail addresses of allowed domains. Value hashes are checked separately
 * (`dropAllowedValues`) because WebCrypto hashing is asynchronous.
 */
export function scanForPolicy(text: string, policy: EffectivePolicy): Finding[] {
  const findings = scanText(text, { customPatterns: policy.customPatterns });
  if (policy.allowedEmailDomains.length === 0) return findings;

  return findings.filter((finding) => {
    if (finding.type !== 'email') return true;

    const domain = emailDomain(text.slice(finding.start, finding.end));
    return !domain || !isAllowedDomain(domain, policy.allowedEmailDomains);
  });
}

/** Drops findings whose exact value the user or the pack marked as not sensitive. */
export async function dropAllowedValues(
  text: string,
  findings: readonly Finding[],
  policy: EffectivePolicy,
): Promise<Finding[]> {
  if (policy.allowedValueHashes.length === 0 || findings.length === 0) return [...findings];

  const allowed = new Set(policy.allowedValueHashes);
  const hashes = await Promise.all(
    findings.map((finding) =>
      hashValue(policy.allowedValueSalt, text.slice(finding.start, finding.end)),
    ),
  );

  return findings.filter((_finding, index) => !allowed.has(hashes[index]!));
}

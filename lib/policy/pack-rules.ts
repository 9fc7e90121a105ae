import { scanText, type CustomPattern, type Finding } from '../detectors';
import { actionOrder, type Action } from './decide';
import type { PolicyPack } from './pack-schema';

/** One finding and the rule that decided its action. */
export interface RuleHit {
  finding: Finding;
  /** The finding type, the category or `fallback`: whichever rule applied. */
  rule: string;
  action: Action;
}

/** The pack's organisation patterns in the detectors' form. */
export function packPatterns(pack: PolicyPack): CustomPattern[] {
  return (pack.dataRules.patterns ?? []).map(({ name, category, kind, pattern, flags }) => ({
    name,
    category,
    kind,
    pattern,
    ...(flags ? { flags } : {}),
  }));
}

/** The action for one finding: its type's rule, else its category's, else the fallback. */
export function ruleForFinding(
  pack: PolicyPack,
  finding: Finding,
): { rule: string; action: Action } {
  const rules = pack.dataRules;
  const typeRule =
    rules.types?.[finding.type] ?? rules.patterns?.find((pattern) => pattern.name === finding.type);
  if (typeRule) return { rule: finding.type, action: typeRule.action };

  const categoryRule = rules.categories?.[finding.category];
  if (categoryRule) return { rule: finding.category, action: categoryRule.action };

  return { rule: 'fallback', action: rules.fallback?.action ?? 'warn' };
}

/**
 * Scans a text the way the extension does under this pack (organisation patterns and
 * exceptions included) and says which rules fire. For `pack test` and `scan --pack`.
 */
export function applyPack(pack: PolicyPack, text: string, region?: string): RuleHit[] {
  const findings = scanText(text, { region, customPatterns: packPatterns(pack) });
  return findings
    .filter((finding) => !isException(pack, text.slice(finding.start, finding.end), finding))
    .map((finding) => ({ finding, ...ruleForFinding(pack, finding) }));
}

/** The strictest action among the hits; allow when there are none. */
export function strictestAction(hits: readonly RuleHit[]): Action {
  return hits.reduce<Action>(
    (strictest, hit) =>
      actionOrder.indexOf(hit.action) > actionOrder.indexOf(strictest) ? hit.action : strictest,
    'allow',
  );
}

function isException(pack: PolicyPack, value: string, finding: Finding): boolean {
  const exceptions = pack.dataRules.exceptions;
  if (exceptions?.testValues?.some((test) => compact(test) === compact(value))) return true;
  if (finding.type !== 'email') return false;

  const domain = value.slice(value.lastIndexOf('@') + 1).toLowerCase();
  return exceptions?.emailDomains?.includes(domain) ?? false;
}

/** Test values match however they are spaced, as IBANs and card numbers are written. */
function compact(value: string): string {
  return value.replace(/[\s-]/g, '');
}

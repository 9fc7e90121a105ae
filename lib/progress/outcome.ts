import type { FindingCategory } from '../detectors/types';
import type { GuardOutcome } from './evidence';
import type { FindingCounts } from './fields';

/**
 * Categories from most to least severe: a leaked secret can be used at once, an ID or a
 * card number identifies or costs someone, an e-mail address or an IP is less harmful.
 */
export const categorySeverity: readonly FindingCategory[] = [
  'secret',
  'government_id',
  'financial',
  'confidential',
  'custom',
  'contact',
  'network',
];

/** The most severe category with at least one finding, if any. */
export function severestCategory(counts: FindingCounts): FindingCategory | undefined {
  return categorySeverity.find((category) => (counts[category] ?? 0) > 0);
}

/** The guard fields of an event: its outcome, and its category when it was not clean. */
export function guardOf(
  outcome: GuardOutcome,
  counts: FindingCounts,
): { outcome: GuardOutcome; category?: FindingCategory } {
  if (outcome === 'clean') return { outcome };

  // The pack may act on a pattern the local scan did not see; `custom` names that case.
  return { outcome, category: severestCategory(counts) ?? 'custom' };
}

/**
 * The outcome when only the findings are known (schema version 1, and pastes reported as
 * counts): the first version warned on every finding and let the user decide.
 */
export function outcomeFromCounts(counts: FindingCounts): GuardOutcome {
  return severestCategory(counts) ? 'warned' : 'clean';
}

import type { Finding, FindingCategory } from './types';

/**
 * Counts findings by category: the only trace of a text's content an event may keep. It
 * lives here, free of schemas, so the content script and the background share it.
 */
export function countByCategory(
  findings: readonly Finding[],
): Partial<Record<FindingCategory, number>> {
  const counts: Partial<Record<FindingCategory, number>> = {};
  for (const finding of findings) {
    counts[finding.category] = (counts[finding.category] ?? 0) + 1;
  }

  return counts;
}

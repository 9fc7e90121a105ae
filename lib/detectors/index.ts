import { findNumberRuns } from './candidates';
import { customPatternDetector, type CustomPattern } from './custom-pattern';
import { normaliseText, toOriginalSpan } from './normalise';
import { detectors } from './registry';
import { typeLabels } from './type-labels';
import type { Finding, FindingTypeInfo } from './types';

export type { CustomPattern } from './custom-pattern';
export type { Finding, FindingCategory, FindingTypeInfo, FindingTypeLabel } from './types';
export { findingCategories } from './types';
export { redact, restore } from './redact';

// TODO [2027-01-15]: throughput is ~1.5-2x below the 10x-secretlint target. Per MiB of the
// corpus (CPU profile): libphonenumber's parse ~11 ms (~630 calls; its matchesEntirely compiles a
// RegExp per call), the number detectors' walks over shared digit runs ~15 ms, whole-text
// regexes of classification phrases, credential key words, URLs, IBAN and codice fiscale
// ~2-5 ms each. Next: one pass over token prefixes and key words feeding sticky validators,
// per-threshold group indexes for findInRuns, and validating phones against the metadata
// without a parse per candidate.
// TODO [2027-01-15]: the minified detectors are ~75 KB (target 65 KB); libphonenumber's code
// (~37 KB) and its metadata (~7 KB, without the formatting rules that validation never reads)
// are most of it; the labels (type-labels.ts) stay out of the content script.
/** Options for one scan. */
export interface ScanOptions {
  /** ISO 3166 alpha-2 region (the user's locale) for phone numbers without a country code. */
  region?: string;
  /** Organisation patterns from the policy pack; their findings use the pattern's name. */
  customPatterns?: CustomPattern[];
}

/**
 * Finds sensitive values in a text. Matching runs on a normalised copy (hidden characters
 * removed, full-width digits folded), offsets point into the original text. The result is
 * sorted by start and has no overlaps: of two overlapping findings the more confident,
 * then the longer, wins.
 */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  const normalised = normaliseText(text);
  // One pass for the digit runs every number detector starts from.
  const context = { region: options.region, numberRuns: findNumberRuns(normalised.text) };
  const found: Finding[] = [];

  for (const detector of detectors) {
    if (detector.trigger && !detector.trigger.test(normalised.text)) continue;

    found.push(...detector.detect(normalised.text, context));
  }
  if (options.customPatterns?.length) {
    found.push(...customPatternDetector(options.customPatterns).detect(normalised.text));
  }

  return resolveOverlaps(found).map((finding) => ({
    ...finding,
    ...toOriginalSpan(normalised, finding.start, finding.end),
  }));
}

/** Keeps the strongest finding of each overlapping group, sorted by start. */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort(
    (a, b) =>
      b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];

  // `kept` stays sorted and free of overlaps, so only the neighbours of the insertion
  // point can collide with a new finding.
  for (const finding of ranked) {
    const index = insertionIndex(kept, finding.start);
    const previous = kept[index - 1];
    const next = kept[index];
    if (previous && previous.end > finding.start) continue;
    if (next && next.start < finding.end) continue;

    kept.splice(index, 0, finding);
  }

  return kept;
}

function insertionIndex(sorted: Finding[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start < start) low = middle + 1;
    else high = middle;
  }

  return low;
}

/**
 * Every finding type the built-in detectors report, with its category and labels. A type
 * without a label shows its id (a unit test keeps that from happening).
 */
export function findingTypes(): FindingTypeInfo[] {
  return detectors.flatMap((detector) =>
    detector.types.map((info) => ({
      ...info,
      label: typeLabels[info.type] ?? { en: info.type, nl: info.type },
    })),
  );
}

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

// TODO [2027-01-15]: throughput is ~1.2-1.7x secretlint's (bench CPU row, noisy on a shared
// 2-core machine), far from the 10x target (~23 ms per MiB). Steady state is ~55-65 ms of CPU
// per MiB of the corpus; the bench's median of nine runs is ~100 ms, as the first scans of a
// large text cost 2-4x that while V8 compiles. Per MiB (CPU profile): libphonenumber ~5.5 ms
// (~630 parse + isValid calls; matchesEntirely builds a RegExp per call), the classification
// phrase and word patterns ~6 ms, the case-insensitive credential key-word scan ~2.7 ms,
// ~65,000 sticky execs at digit groups ~4 ms (the exec builtin's entry cost; es-dni makes a
// third of them), and ~25 other whole-text passes at 0.2-1.5 ms each (a plain JS loop over a
// two-byte string costs ~3 ms, so one hand-written pass does not beat them). Next: tighter
// run filters for the id detectors, classification words found by literal anchors, and a
// cheaper libphonenumber call per candidate.
// The minified detectors are ~69 KB of the 150 KB content script: libphonenumber's ES2015
// build (~22 KB, its ES5 build repeated Babel helpers), its metadata trimmed to nine regions
// (~8 KB) and our own code (~39 KB); the labels (type-labels.ts) stay out of the content script.
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

    appendAll(found, detector.detect(normalised.text, context));
  }
  if (options.customPatterns?.length) {
    appendAll(found, customPatternDetector(options.customPatterns).detect(normalised.text));
  }

  const kept = resolveOverlaps(found);
  if (!normalised.offsets) return kept;

  return kept.map((finding) => ({
    ...finding,
    ...toOriginalSpan(normalised, finding.start, finding.end),
  }));
}

// `push(...items)` copies the items onto the stack first; a loop does not.
function appendAll(target: Finding[], items: Finding[]) {
  for (const item of items) target.push(item);
}

/**
 * Keeps the strongest finding of each overlapping group, sorted by start: the more confident,
 * then the longer, then the earlier finding is taken first, and a finding is kept when it
 * overlaps none already kept.
 */
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

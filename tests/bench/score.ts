import { findingTypes } from '../../lib/detectors/index';
import type { CorpusDocument, LabelledSpan } from '../corpus/load-detector-corpus';

/** A finding reduced to what scoring needs; peers' findings are mapped to our categories. */
export interface ScoredFinding {
  category: string;
  type?: string;
  start: number;
  end: number;
}

const categoryByType = new Map(findingTypes().map((info) => [info.type, info.category as string]));

// Names the blind holdout writer used for some of our types (read after the detectors
// were final; only the names are mapped, nothing was tuned).
const typeAliases: Record<string, string> = {
  es_nie: 'es_dni',
  github_fine_grained_pat: 'github_fine_grained_token',
  password_assignment: 'password',
  stripe_key: 'stripe_live_key',
  twilio: 'twilio_api_key',
  uk_nhs: 'uk_nhs_number',
};

/** The category of a labelled type, our own names or the blind holdout writer's. */
export function categoryOf(type: string): string {
  return categoryByType.get(typeAliases[type] ?? type) ?? 'unknown';
}

export interface Counts {
  truePositives: number;
  falseNegatives: number;
  matchedFindings: number;
  findings: number;
}

export const emptyCounts = (): Counts => ({
  truePositives: 0,
  falseNegatives: 0,
  matchedFindings: 0,
  findings: 0,
});

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Category-level counts for one document: a labelled value is found when a finding of the
 * same category overlaps it; a finding is right when it overlaps a labelled value of its
 * category. Near-miss spans are never right answers.
 */
export function countByCategory(
  spans: LabelledSpan[],
  findings: ScoredFinding[],
  categoryOf: (type: string) => string,
  totals: Map<string, Counts>,
): void {
  const positives = spans.filter((span) => !span.nearMiss);
  const counts = (category: string) =>
    totals.get(category) ?? totals.set(category, emptyCounts()).get(category)!;

  for (const span of positives) {
    const category = categoryOf(span.type);
    const found = findings.some(
      (finding) => finding.category === category && overlaps(finding, span),
    );
    counts(category)[found ? 'truePositives' : 'falseNegatives']++;
  }

  for (const finding of findings) {
    const entry = counts(finding.category);
    entry.findings++;
    if (
      positives.some(
        (span) => categoryOf(span.type) === finding.category && overlaps(finding, span),
      )
    )
      entry.matchedFindings++;
  }
}

/** Type-level counts (only for Ascent, whose types are the labels). */
export function countByType(
  spans: LabelledSpan[],
  findings: ScoredFinding[],
  totals: Map<string, Counts>,
): void {
  const counts = (type: string) => totals.get(type) ?? totals.set(type, emptyCounts()).get(type)!;

  for (const span of spans.filter((candidate) => !candidate.nearMiss)) {
    const found = findings.some((finding) => finding.type === span.type && overlaps(finding, span));
    counts(span.type)[found ? 'truePositives' : 'falseNegatives']++;
  }

  for (const finding of findings) {
    const entry = counts(finding.type!);
    entry.findings++;
    if (
      spans.some((span) => !span.nearMiss && span.type === finding.type && overlaps(finding, span))
    )
      entry.matchedFindings++;
  }
}

export function precision(counts: Counts): number {
  return counts.findings === 0 ? 1 : counts.matchedFindings / counts.findings;
}

export function recall(counts: Counts): number {
  const positives = counts.truePositives + counts.falseNegatives;
  return positives === 0 ? 1 : counts.truePositives / positives;
}

export function f1(counts: Counts): number {
  const p = precision(counts);
  const r = recall(counts);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function sumCounts(all: Counts[]): Counts {
  return all.reduce(
    (sum, counts) => ({
      truePositives: sum.truePositives + counts.truePositives,
      falseNegatives: sum.falseNegatives + counts.falseNegatives,
      matchedFindings: sum.matchedFindings + counts.matchedFindings,
      findings: sum.findings + counts.findings,
    }),
    emptyCounts(),
  );
}

/** Inserts zero-width spaces and full-width digits into every labelled value. */
export function disguise(document: CorpusDocument): CorpusDocument {
  const spans: LabelledSpan[] = [];
  let text = '';
  let cursor = 0;

  for (const span of [...document.spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) continue;

    text += document.text.slice(cursor, span.start);
    const value = disguiseValue(document.text.slice(span.start, span.end));
    spans.push({ ...span, start: text.length, end: text.length + value.length });
    text += value;
    cursor = span.end;
  }

  return { ...document, text: text + document.text.slice(cursor), spans };
}

function disguiseValue(value: string): string {
  return [...value]
    .map((character, index) => {
      const shown = /\d/.test(character)
        ? String.fromCharCode(character.charCodeAt(0) + 0xfee0)
        : character;
      return index % 3 === 2 ? `${shown}\u200b` : shown;
    })
    .join('');
}

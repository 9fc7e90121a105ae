import { findNumberRuns, type NumberRuns } from './candidates';
import { isLetterCode } from './characters';
import { cannotStartNumber } from './numbers';
import { isPlaceholder } from './placeholder';
import type { Finding, FindingCategory, FindingType, ScanContext } from './types';

/** What a detector's validator says about one regular-expression match. */
export interface Verdict {
  /** Defaults to the whole match. */
  start?: number;
  end?: number;
  confidence: number;
  /** Defaults to the detector's first type. */
  type?: string;
}

/**
 * Runs a global regular expression over the text and turns each match the validator
 * accepts into a finding. The validator returns undefined to drop a near miss.
 */
export function findMatches(
  text: string,
  pattern: RegExp,
  info: FindingType,
  validate: (match: RegExpExecArray, text: string) => Verdict | undefined,
): Finding[] {
  const findings: Finding[] = [];
  pattern.lastIndex = 0;

  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const verdict = validate(match, text);
    if (verdict) findings.push(toFinding(match, verdict, info.category, verdict.type ?? info.type));
    if (match[0] === '') pattern.lastIndex++;
  }

  return findings;
}

/**
 * Like findMatches, but a cheap global `hits` pattern finds where a match can start and the
 * sticky `pattern` runs only there. For patterns whose first part is a long alternation,
 * which the engine would otherwise try at every offset.
 */
export function findAtHits(
  text: string,
  hits: RegExp,
  pattern: RegExp,
  info: FindingType,
  validate: (match: RegExpExecArray, text: string) => Verdict | undefined,
): Finding[] {
  const findings: Finding[] = [];
  hits.lastIndex = 0;

  for (let hit = hits.exec(text); hit; hit = hits.exec(text)) {
    pattern.lastIndex = hit.index;
    const match = pattern.exec(text);
    if (!match) continue;

    const verdict = validate(match, text);
    if (verdict) findings.push(toFinding(match, verdict, info.category, verdict.type ?? info.type));
    hits.lastIndex = Math.max(hits.lastIndex, match.index + match[0].length);
  }

  return findings;
}

/** Where to try a sticky number pattern: runs with enough digits, and how far before a group. */
export interface RunFilter {
  /** Digits the value needs from its first group to the run's end. */
  minDigits: number;
  /** Characters before a group start where a match may begin (`+`, `(`, `X-`); default [0]. */
  leads?: number[];
  /** A cheap character check before the pattern runs; gets the group and its run's bounds. */
  accepts?: (text: string, group: number, runStart: number, runEnd: number) => boolean;
}

/** True when the character at `index` is an ASCII letter. */
export const isLetterAt = (text: string, index: number) => isLetterCode(text.charCodeAt(index));

/** The scan's shared digit runs, or the text's own when a detector is called alone. */
export function numberRunsOf(text: string, context?: ScanContext): NumberRuns {
  return context?.numberRuns ?? findNumberRuns(text);
}

/**
 * Like findMatches for a sticky pattern, tried only at digit-group starts of runs that pass
 * the filter. Every number pattern starts after a non-word character, so no match is lost;
 * as with a global pattern, the next try starts after the previous match.
 */
export function findInRuns(
  text: string,
  runs: NumberRuns,
  filter: RunFilter,
  pattern: RegExp,
  info: FindingType,
  validate: (match: RegExpExecArray, text: string) => Verdict | undefined,
): Finding[] {
  const findings: Finding[] = [];
  const leads = filter.leads ?? [0];
  const { count, groups, digitsFrom, runStart, runEnd } = runs;
  const { minDigits, accepts } = filter;
  let cursor = 0;

  for (let index = 0; index < count; index++) {
    const group = groups[index]!;
    if (digitsFrom[index]! < minDigits || group < cursor) continue;
    if (accepts && !accepts(text, group, runStart[index]!, runEnd[index]!)) continue;

    const match = matchAt(text, pattern, group, leads, cursor);
    if (!match) continue;

    const verdict = validate(match, text);
    if (verdict) findings.push(toFinding(match, verdict, info.category, verdict.type ?? info.type));
    cursor = match.index + Math.max(1, match[0].length);
  }

  return findings;
}

/** The first match of a sticky pattern at `at` minus one of the leads, not before `cursor`. */
export function matchAt(
  text: string,
  pattern: RegExp,
  at: number,
  leads: number[],
  cursor: number,
): RegExpExecArray | null {
  for (const lead of leads) {
    const start = at - lead;
    if (start < cursor || cannotStartNumber(pattern, text, start)) continue;

    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match) return match;
  }

  return null;
}

/** A finding for a match, with the span and type the verdict may override. */
export function toFinding(
  match: RegExpExecArray,
  verdict: Verdict,
  category: FindingCategory,
  type: string,
): Finding {
  const start = verdict.start ?? match.index;
  const end = verdict.end ?? match.index + match[0].length;
  return { category, type, start, end, confidence: verdict.confidence };
}

/**
 * Builds a type entry; every detector file declares its own types with this. Labels live in
 * type-labels.ts, out of the content script's bundle.
 */
export function defineType(type: string, category: FindingCategory): FindingType {
  return { type, category };
}

/** The text just before an offset, lower-cased, for context-word checks. */
export function textBefore(text: string, offset: number, length = 40): string {
  return text.slice(Math.max(0, offset - length), offset).toLowerCase();
}

/** Keeps only the digits of a value written with spaces, dashes or dots. */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * Issued tokens are random; `glpat-xxxxxxxxxxxxxxxxxxxx` or `sk_live_123456789012345678`
 * in documentation are not. Needs enough distinct characters and no "EXAMPLE".
 */
export function looksRandom(value: string): boolean {
  if (!hasDistinctCharacters(value, Math.min(10, Math.ceil(value.length / 3)))) return false;

  return !/example|xxxx|your[_-]|[_-]here$/i.test(value) && !isPlaceholder(value);
}

// Tokens are ASCII; a 128-bit mask per call is cheaper than a Set of strings.
const seen = new Uint8Array(128);

function hasDistinctCharacters(value: string, needed: number): boolean {
  seen.fill(0);
  let distinct = 0;
  for (let index = 0; index < value.length && distinct < needed; index++) {
    const code = value.charCodeAt(index) & 127;
    distinct += seen[code]! ^ 1;
    seen[code] = 1;
  }

  return distinct >= needed;
}

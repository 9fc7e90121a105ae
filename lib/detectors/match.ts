import { isPlaceholder } from './placeholder';
import type { Finding, FindingCategory, FindingTypeInfo } from './types';

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
  info: FindingTypeInfo,
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

function toFinding(
  match: RegExpExecArray,
  verdict: Verdict,
  category: FindingCategory,
  type: string,
): Finding {
  const start = verdict.start ?? match.index;
  const end = verdict.end ?? match.index + match[0].length;
  return { category, type, start, end, confidence: verdict.confidence };
}

/** Builds a type entry; every detector file declares its own types with this. */
export function defineType(
  type: string,
  category: FindingCategory,
  en: string,
  nl: string,
): FindingTypeInfo {
  return { type, category, label: { en, nl } };
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
  const distinct = new Set(value).size;
  const stub = /example|xxxx|your[_-]|[_-]here$/i.test(value);
  return distinct >= Math.min(10, Math.ceil(value.length / 3)) && !stub && !isPlaceholder(value);
}

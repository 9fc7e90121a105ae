import type { Detector, Finding, FindingCategory } from './types';

/** An organisation pattern from a policy pack: a keyword or a regular expression. */
export interface CustomPattern {
  /** Becomes the finding type. */
  name: string;
  category: FindingCategory;
  kind: 'keyword' | 'regex';
  pattern: string;
  /** Extra regular-expression flags; `g` is always added. */
  flags?: string;
}

/** Builds a detector for a pack's patterns; keywords match whole words, case-insensitively. */
export function customPatternDetector(patterns: CustomPattern[]): Detector {
  const compiled = patterns.map((pattern) => ({ pattern, regex: compile(pattern) }));

  return {
    id: 'custom-pattern',
    types: [],
    detect: (text) => compiled.flatMap(({ pattern, regex }) => matchPattern(text, pattern, regex)),
  };
}

function compile(pattern: CustomPattern): RegExp {
  if (pattern.kind === 'regex') {
    const flags = Array.from(new Set(`${pattern.flags ?? ''}g`)).join('');
    return new RegExp(pattern.pattern, flags);
  }

  const escaped = pattern.pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'giu');
}

function matchPattern(text: string, pattern: CustomPattern, regex: RegExp): Finding[] {
  const findings: Finding[] = [];
  regex.lastIndex = 0;

  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0] === '') {
      regex.lastIndex++;
      continue;
    }

    // A pack's own pattern is explicit evidence, so it ranks with checksum-backed findings.
    findings.push({
      category: pattern.category,
      type: pattern.name,
      start: match.index,
      end: match.index + match[0].length,
      confidence: 0.9,
    });
  }

  return findings;
}

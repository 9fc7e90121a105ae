import { isWordCode } from './characters';

// Shared edges for number-shaped values: a value is not the tail of a decimal, a path,
// a version or an id with letters glued on, and does not continue as one.
//
// A comma is read as a CSV field separator, not a decimal comma, when the field on its other
// side is complete on its own: before the value, digits that follow a `.` or `,` (`33.33,`,
// `,12,`); after it, digits that end in a `.` decimal or another comma (`,129.00`, `,12,`).
// `0,4111...` and `...1111,50` stay decimals.
export const numberStart = String.raw`(?<![\w.\-/+@#]|(?<![.,\d])\d+,)`;
export const numberEnd = String.raw`(?![\w]|[.\-/]\d|,\d+(?!\d|\.\d|,))`;

const numberPatterns = new WeakSet<RegExp>();

/** Builds a sticky pattern with number edges around `body`, for use at candidate starts. */
export function numberPattern(body: string, flags = 'y'): RegExp {
  const pattern = new RegExp(`${numberStart}(?:${body})${numberEnd}`, flags);
  numberPatterns.add(pattern);
  return pattern;
}

/**
 * True when a sticky pattern from numberPattern cannot match at `index` because the
 * character before is one numberStart rules out (`[\w.\-/+@#]`). Checked by character code
 * before the pattern runs: most digit groups inside a run follow a `.`, `-` or `/`.
 */
export function cannotStartNumber(pattern: RegExp, text: string, index: number): boolean {
  if (!pattern.sticky || !numberPatterns.has(pattern)) return false;

  const code = text.charCodeAt(index - 1);
  return isWordCode(code) || numberStartMarks.includes(code);
}

// . - / + @ #
const numberStartMarks = [46, 45, 47, 43, 64, 35];

/** Confidence for a checksum-backed number: higher when a context word names it. */
export function contextConfidence(hasContext: boolean, formatted: boolean): number {
  if (hasContext) return 0.96;
  return formatted ? 0.8 : 0.62;
}

import { isWordCode } from './characters';

// Shared edges for number-shaped values: a value is not the tail of a decimal, a path,
// a version or an id with letters glued on, and does not continue as one.
//
// A comma is read as a CSV field separator, not a decimal comma, unless it makes a plausible
// decimal with the value: a lone `0,` before it (`0,4111...`), or one to four digits after it
// that end the field (`...1111,50`). Row numbers and other columns (`1,4539...`,
// `+316...,111222333`, `,12,`, `,129.00`) leave the value whole.
export const numberStart = String.raw`(?<![\w.\-/+@#]|(?<![.,\d])0,)`;
export const numberEnd = String.raw`(?![\w]|[.\-/]\d|,\d{1,4}(?!\d|\.\d|,))`;

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

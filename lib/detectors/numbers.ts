// Shared edges for number-shaped values: a value is not the tail of a decimal, a path,
// a version or an id with letters glued on, and does not continue as one.
// TODO [2027-01-15]: a value followed by `,<digit>` (the next CSV column) is taken for a decimal and
// missed, and a 4-4-4 group followed by a fourth group is still read as 12 digits.
export const numberStart = String.raw`(?<![\w.\-/+@#]|\d,)`;
export const numberEnd = String.raw`(?![\w]|[.,\-/]\d)`;

/** Builds a global pattern with number edges around `body`. */
export function numberPattern(body: string, flags = 'g'): RegExp {
  return new RegExp(`${numberStart}(?:${body})${numberEnd}`, flags);
}

/** Confidence for a checksum-backed number: higher when a context word names it. */
export function contextConfidence(hasContext: boolean, formatted: boolean): number {
  if (hasContext) return 0.96;
  return formatted ? 0.8 : 0.62;
}

// Shared edges for number-shaped values: a value is not the tail of a decimal, a path,
// a version or an id with letters glued on, and does not continue as one.
//
// A comma is read as a CSV field separator, not a decimal comma, when the field on its other
// side is complete on its own: before the value, digits that follow a `.` or `,` (`33.33,`,
// `,12,`); after it, digits that end in a `.` decimal or another comma (`,129.00`, `,12,`).
// `0,4111...` and `...1111,50` stay decimals.
export const numberStart = String.raw`(?<![\w.\-/+@#]|(?<![.,\d])\d+,)`;
export const numberEnd = String.raw`(?![\w]|[.\-/]\d|,\d+(?!\d|\.\d|,))`;

/** Builds a sticky pattern with number edges around `body`, for use at candidate starts. */
export function numberPattern(body: string, flags = 'y'): RegExp {
  return new RegExp(`${numberStart}(?:${body})${numberEnd}`, flags);
}

/** Confidence for a checksum-backed number: higher when a context word names it. */
export function contextConfidence(hasContext: boolean, formatted: boolean): number {
  if (hasContext) return 0.96;
  return formatted ? 0.8 : 0.62;
}

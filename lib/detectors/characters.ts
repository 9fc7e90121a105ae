// Character-code tests for the loops that run at every digit group or candidate, where
// cutting out one-character strings for a pattern would cost more than the test itself.

export const isDigitCode = (code: number) => code >= 48 && code <= 57;

/** ASCII letters only; NaN (past either end of the text) is none. */
export const isLetterCode = (code: number) => (code | 32) >= 97 && (code | 32) <= 122;

export const isAlphanumericCode = (code: number) => isDigitCode(code) || isLetterCode(code);

/** `\w` in a pattern without the `u` flag. */
export const isWordCode = (code: number) => isAlphanumericCode(code) || code === 95;

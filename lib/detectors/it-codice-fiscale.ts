import { defineType, findMatches } from './match';
import type { Detector, Finding } from './types';

const cfType = defineType('it_codice_fiscale', 'government_id');

// Digits may be swapped for LMNPQRSTUV ("omocodia") when two people would share a code.
const omocode = '[0-9LMNPQRSTUV]';
const cfPattern = new RegExp(
  `(?<![A-Za-z0-9])[A-Z]{6}${omocode}{2}[ABCDEHLMPRST]${omocode}{2}[A-Z]${omocode}{3}[A-Z](?![A-Za-z0-9])`,
  'g',
);

// Typed in lower case ("rssmra85t10a562s", old exports) a code rarely uses omocodia, so the
// search starts at its digits: a lower-case class at every word would cost a pass per word.
const lowerTail = /\d\d[abcdehlmprst]\d\d[a-z]\d{3}[a-z](?![A-Za-z0-9])/g;
const isLowerAt = (text: string, index: number) =>
  text.charCodeAt(index) >= 97 && text.charCodeAt(index) <= 122;

function lowerCaseCodes(text: string): Finding[] {
  const findings: Finding[] = [];
  lowerTail.lastIndex = 0;
  for (let tail = lowerTail.exec(text); tail; tail = lowerTail.exec(text)) {
    const start = tail.index - 6;
    if (start < 0 || /[A-Za-z0-9]/.test(text[start - 1] ?? '')) continue;
    if (![0, 1, 2, 3, 4, 5].every((offset) => isLowerAt(text, start + offset))) continue;

    const end = tail.index + tail[0].length;
    if (passesCodiceFiscaleCheck(text.slice(start, end).toUpperCase()))
      findings.push({ ...cfType, start, end, confidence: 0.9 });
  }

  return findings;
}

// Values of characters in odd (1st, 3rd, ...) positions; digits map like A..J.
const oddValues = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

function characterIndex(character: string): number {
  const code = character.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

/** The 16th letter: odd positions via the table, even ones at face value, sum mod 26. */
export function passesCodiceFiscaleCheck(code: string): boolean {
  let sum = 0;
  for (let index = 0; index < 15; index++) {
    const value = characterIndex(code[index]!);
    sum += index % 2 === 0 ? oddValues[value]! : value;
  }

  return String.fromCharCode(65 + (sum % 26)) === code[15];
}

/** Italian codici fiscali with a correct check letter, in either case. */
export const itCodiceFiscaleDetector: Detector = {
  id: 'it-codice-fiscale',
  types: [cfType],
  detect: (text) => [
    ...findMatches(text, cfPattern, cfType, (match) =>
      passesCodiceFiscaleCheck(match[0]) ? { confidence: 0.96 } : undefined,
    ),
    ...lowerCaseCodes(text),
  ],
};

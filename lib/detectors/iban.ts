import { isAlphanumericCode } from './characters';
import ibanLengths from './iban-lengths.json';
import { defineType } from './match';
import type { Detector, Finding } from './types';

const ibanType = defineType('iban', 'financial');

// Country code and two check digits; the rest is read char by char up to the country's length.
const ibanStartPattern = /(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})(?=[ -]?[A-Za-z0-9])/g;

/** ISO 13616 check: move the first four characters to the end, letters to 10..35, mod 97 = 1. */
export function passesMod97(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value > 9 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }

  return remainder === 1;
}

/** Reads `length` alphanumerics from `start`, allowing one space or dash between groups. */
function readCompact(
  text: string,
  start: number,
  length: number,
): { value: string; end: number } | undefined {
  let read = 0;
  let index = start;
  let separated = false;

  // By character code: this runs at every two letters followed by two digits in the text.
  while (read < length && index < text.length) {
    const code = text.charCodeAt(index);
    if (isAlphanumericCode(code)) read++;
    else if ((code !== 32 && code !== 45) || !isAlphanumericCode(text.charCodeAt(index + 1)))
      return undefined;
    else separated = true;
    index++;
  }
  if (read !== length) return undefined;

  const raw = text.slice(start, index);
  return { value: (separated ? raw.replace(/[ -]/g, '') : raw).toUpperCase(), end: index };
}

function ibanAt(text: string, match: RegExpExecArray): Finding | undefined {
  const country = match[1]!.toUpperCase();
  // Lengths come from ibantools at build time (lib/cli/generate-detector-data.ts).
  const length = (ibanLengths as Record<string, number>)[country];
  if (!length) return undefined;

  const read = readCompact(text, match.index, length);
  if (!read || isAlphanumericCode(text.charCodeAt(read.end)) || !passesMod97(read.value))
    return undefined;

  // A lower-case IBAN is still one, but must be all lower-case to be read as such.
  const raw = text.slice(match.index, read.end);
  if (raw !== raw.toUpperCase() && raw !== raw.toLowerCase()) return undefined;

  return {
    category: 'financial',
    type: 'iban',
    start: match.index,
    end: read.end,
    confidence: 0.97,
  };
}

/** IBANs of the right length for their country that pass mod 97, with or without spaces. */
export const ibanDetector: Detector = {
  id: 'iban',
  types: [ibanType],
  detect: (text) => {
    const findings: Finding[] = [];
    ibanStartPattern.lastIndex = 0;
    for (let match = ibanStartPattern.exec(text); match; match = ibanStartPattern.exec(text)) {
      const finding = ibanAt(text, match);
      if (finding) findings.push(finding);
    }

    return findings;
  },
};

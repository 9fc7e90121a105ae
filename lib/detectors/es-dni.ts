import { defineType, findInRuns, isLetterAt, numberRunsOf } from './match';
import type { Detector } from './types';

const dniType = defineType('es_dni', 'government_id');

// The digits plain, or grouped with dots or spaces as printed on the card (`12.345.678-Z`).
const dniPattern =
  /(?<![A-Za-z0-9.-])(?:([XYZ])[- ]?)?(\d{7,8}|\d{1,2}([. ])\d{3}\3\d{3})[- ]?([A-Z])(?![A-Za-z0-9])/iy;

// The control letter is this table indexed by the number mod 23.
const controlLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** DNI: 8 digits + letter; NIE: X/Y/Z (read as 0/1/2) + 7 digits + letter. */
export function passesDniCheck(prefix: string, digits: string, letter: string): boolean {
  const lead = prefix === '' ? '' : String('XYZ'.indexOf(prefix.toUpperCase()));
  const number = lead + digits;
  if (number.length !== 8) return false;

  return controlLetters[Number(number) % 23] === letter.toUpperCase();
}

// The control letter follows the digits, right after them or after one dash or space.
const dniFilter = {
  minDigits: 7,
  leads: [2, 1, 0],
  accepts: (text: string, _group: number, _runStart: number, runEnd: number) =>
    isLetterAt(text, runEnd) || isLetterAt(text, runEnd + 1),
};

/** Spanish DNI and NIE numbers with a correct control letter. */
export const esDniDetector: Detector = {
  id: 'es-dni',
  types: [dniType],
  // An NIE's X/Y/Z letter, and a dash after it, come before the digits.
  detect: (text, context) =>
    findInRuns(text, numberRunsOf(text, context), dniFilter, dniPattern, dniType, (match) =>
      passesDniCheck(match[1] ?? '', match[2]!.replace(/[. ]/g, ''), match[4]!)
        ? { confidence: 0.93 }
        : undefined,
    ),
};

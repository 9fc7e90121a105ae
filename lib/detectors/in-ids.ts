import { followsCountryCode, hasContextAt } from './context';
import { defineType, digitsOf, findInRuns, isLetterAt, numberRunsOf } from './match';
import { numberPattern } from './numbers';
import type { Detector, Finding } from './types';

const aadhaarType = defineType('in_aadhaar', 'government_id');
const panType = defineType('in_pan', 'government_id');

// Aadhaar never starts with 0 or 1; it is written 4-4-4. A fourth group after it makes a
// 16-digit card number, not an Aadhaar, and so does a group before it.
const aadhaarPattern = numberPattern(
  String.raw`(?<!\d[ -])[2-9]\d{3}([ -])\d{4}\1\d{4}(?![ -]\d)|[2-9]\d{11}`,
);
const aadhaarContext = /(aadhaar|aadhar|uidai|uid\b)/;

// Five letters whose fourth is the holder type (P person, C company, H HUF, F firm, ...),
// four digits and a letter.
const panPattern = /(?<![A-Za-z0-9])[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z](?![A-Za-z0-9])/y;

// Verhoeff's check works in the dihedral group D5: digits 0-4 are rotations, 5-9 reflections.
// Computed rather than tabled, which keeps ~700 bytes out of the content script.
function multiply(j: number, k: number): number {
  if (j < 5) return k < 5 ? (j + k) % 5 : 5 + ((j + k) % 5);

  return k < 5 ? 5 + ((j - k + 5) % 5) : (j - k + 5) % 5;
}

// The position permutation: applied once per position, cycling every eight positions.
const permutationStep = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];

function permute(position: number, digit: number): number {
  let value = digit;
  for (let step = 0; step < position % 8; step++) value = permutationStep[value]!;

  return value;
}

/** Verhoeff check: processing all digits right to left must end in 0. */
export function passesVerhoeff(digits: string): boolean {
  let check = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[digits.length - 1 - index]);
    check = multiply(check, permute(index, digit));
  }

  return check === 0;
}

/** Aadhaar numbers (Verhoeff) and PANs (fixed structure). */
export const indiaIdDetector: Detector = {
  id: 'in-ids',
  types: [aadhaarType, panType],
  detect: (text, context): Finding[] => {
    const runs = numberRunsOf(text, context);
    return [
      ...findInRuns(text, runs, { minDigits: 12 }, aadhaarPattern, aadhaarType, (match) => {
        if (!passesVerhoeff(digitsOf(match[0])) || followsCountryCode(text, match.index))
          return undefined;

        const hasContext = hasContextAt(text, match.index, aadhaarContext);
        return { confidence: hasContext ? 0.97 : match[1] ? 0.75 : 0.6 };
      }),
      // Five letters come before the PAN's four digits.
      ...findInRuns(
        text,
        runs,
        { minDigits: 4, leads: [5], accepts: (text, group) => isLetterAt(text, group - 1) },
        panPattern,
        panType,
        () => ({
          confidence: 0.82,
        }),
      ),
    ];
  },
};

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

// Verhoeff's dihedral-group tables: multiplication and position permutation.
const multiplication = [
  '0123456789',
  '1234067895',
  '2340178956',
  '3401289567',
  '4012395678',
  '5987604321',
  '6598710432',
  '7659821043',
  '8765932104',
  '9876543210',
].map((row) => [...row].map(Number));
const permutation = [
  '0123456789',
  '1576283094',
  '5803796142',
  '8916043527',
  '9453126870',
  '4286573901',
  '2793806415',
  '7046913258',
].map((row) => [...row].map(Number));

/** Verhoeff check: processing all digits right to left must end in 0. */
export function passesVerhoeff(digits: string): boolean {
  let check = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[digits.length - 1 - index]);
    check = multiplication[check]![permutation[index % 8]![digit]!]!;
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

import { followsCountryCode, hasContextAt } from './context';
import { defineType, digitsOf, findInRuns, numberRunsOf } from './match';
import { contextConfidence, numberPattern } from './numbers';
import type { Detector } from './types';

const beType = defineType('be_national_number', 'government_id');

const bePattern = numberPattern(
  String.raw`\d{2}\.\d{2}\.\d{2}[- ]\d{3}\.\d{2}|\d{6}[- ]\d{3}[- ]?\d{2}|\d{11}`,
);
const beContext =
  /(rijksregister|insz|niss|national (register )?number|numéro national|identificatienummer)/;

/**
 * Check: 97 minus (first nine digits mod 97). For people born from 2000 on, a 2 is put in
 * front of the nine digits first. Month may be 0 (unknown) or +20/+40 for bis numbers.
 */
export function passesBelgianCheck(digits: string): boolean {
  const month = Number(digits.slice(2, 4)) % 20;
  if (digits.length !== 11 || month > 12 || Number(digits.slice(4, 6)) > 31) return false;

  const check = Number(digits.slice(9));
  const base = Number(digits.slice(0, 9));
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check;
}

/** Belgian national register numbers (rijksregisternummer / INSZ). */
export const beNationalNumberDetector: Detector = {
  id: 'be-national-number',
  types: [beType],
  detect: (text, context) =>
    findInRuns(text, numberRunsOf(text, context), { minDigits: 11 }, bePattern, beType, (match) => {
      if (!passesBelgianCheck(digitsOf(match[0])) || followsCountryCode(text, match.index))
        return undefined;

      const hasContext = hasContextAt(text, match.index, beContext);
      return { confidence: contextConfidence(hasContext, match[0].length > 11) };
    }),
};

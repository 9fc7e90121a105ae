import { followsCountryCode, hasContextAt } from './context';
import { defineType, digitsOf, findInRuns, numberRunsOf } from './match';
import { contextConfidence, numberPattern } from './numbers';
import type { Detector } from './types';

const deType = defineType('de_tax_id', 'government_id');

const dePattern = numberPattern(
  String.raw`\d{2} \d{3} \d{3} \d{3}|\d{2}/?\d{3}/?\d{3}/?\d{3}|\d{11}`,
);
const deContext = /(steuer|idnr|identifikationsnummer|tax id|tin\b|fiscaal)/;

/** In the first ten digits exactly one digit repeats (twice or thrice) and the first is not 0. */
function hasTaxIdDigitPattern(digits: string): boolean {
  if (digits[0] === '0') return false;

  const counts = new Map<string, number>();
  for (const digit of digits.slice(0, 10)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  return repeated.length === 1 && repeated[0]! <= 3;
}

/** ISO 7064 MOD 11,10 check digit over the first ten digits. */
export function passesMod1110(digits: string): boolean {
  let product = 10;
  for (let index = 0; index < 10; index++) {
    const sum = (Number(digits[index]) + product) % 10 || 10;
    product = (sum * 2) % 11;
  }

  const check = 11 - product;
  return (check === 10 ? 0 : check) === Number(digits[10]);
}

/** German tax identification numbers. */
export const deTaxIdDetector: Detector = {
  id: 'de-tax-id',
  types: [deType],
  detect: (text, context) =>
    findInRuns(text, numberRunsOf(text, context), { minDigits: 11 }, dePattern, deType, (match) => {
      const digits = digitsOf(match[0]);
      if (digits.length !== 11 || !hasTaxIdDigitPattern(digits) || !passesMod1110(digits))
        return undefined;
      if (followsCountryCode(text, match.index)) return undefined;

      const hasContext = hasContextAt(text, match.index, deContext);
      return { confidence: contextConfidence(hasContext, match[0].length > 11) };
    }),
};

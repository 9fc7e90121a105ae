import { followsCountryCode, hasContextAt } from './context';
import { defineType, digitsOf, findInRuns, numberRunsOf } from './match';
import { numberPattern } from './numbers';
import type { Detector } from './types';

const ssnType = defineType('us_ssn', 'government_id');

const ssnPattern = numberPattern(String.raw`\d{3}([- ])\d{2}\1\d{4}(?!\1\d)|\d{9}`);
const ssnContext = /\b(ssn|social security|ss#|ssa)\b/;

/**
 * The SSA never issues area 000, 666 or 900-999, group 00 or serial 0000; two numbers
 * from a 1938 wallet insert and the SSA's own ad are void too.
 */
export function isIssuableSsn(digits: string): boolean {
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;

  return digits !== '078051120' && digits !== '219099999';
}

/**
 * US SSNs in 3-2-4 form, or as nine plain digits next to an SSN context word or under an
 * SSN column header.
 */
export const usSsnDetector: Detector = {
  id: 'us-ssn',
  types: [ssnType],
  detect: (text, context) =>
    findInRuns(
      text,
      numberRunsOf(text, context),
      { minDigits: 9 },
      ssnPattern,
      ssnType,
      (match) => {
        if (!isIssuableSsn(digitsOf(match[0])) || followsCountryCode(text, match.index))
          return undefined;

        const hasContext = hasContextAt(text, match.index, ssnContext);
        if (match[1] === undefined && !hasContext) return undefined;

        return { confidence: hasContext ? 0.96 : match[1] === '-' ? 0.85 : 0.6 };
      },
    ),
};

import { followsCountryCode, hasContextAt } from './context';
import { defineType, digitsOf, findInRuns, numberRunsOf } from './match';
import { contextConfidence, numberPattern } from './numbers';
import type { Detector } from './types';

const bsnType = defineType('nl_bsn', 'government_id');

// Dashes (123-456-782) are how order and case numbers are written too: a BSN only when named.
const bsnPattern = numberPattern(String.raw`\d{4}\.\d{2}\.\d{3}|\d{3}([ .-])\d{3}\1\d{3}|\d{9}`);
const bsnContext = /\b(bsn|burgerservicenummer|sofi|sofinummer|citizen service|persoonsnummer)\b/;

/** The "11-proef": digits weighted 9 down to 2, the last one -1; the sum is a multiple of 11. */
export function passesElevenCheck(digits: string): boolean {
  if (digits.length !== 9 || /^0+$/.test(digits)) return false;

  let sum = -Number(digits[8]);
  for (let index = 0; index < 8; index++) sum += Number(digits[index]) * (9 - index);
  return sum % 11 === 0;
}

/** Dutch BSNs that pass the 11-check; stronger next to "BSN" or "burgerservicenummer". */
export const nlBsnDetector: Detector = {
  id: 'nl-bsn',
  types: [bsnType],
  detect: (text, context) =>
    findInRuns(
      text,
      numberRunsOf(text, context),
      { minDigits: 9 },
      bsnPattern,
      bsnType,
      (match) => {
        if (!passesElevenCheck(digitsOf(match[0])) || followsCountryCode(text, match.index))
          return undefined;

        const hasContext = hasContextAt(text, match.index, bsnContext);
        if (match[1] === '-' && !hasContext) return undefined;
        return { confidence: contextConfidence(hasContext, match[0].length > 9) };
      },
    ),
};

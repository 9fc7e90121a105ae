import { defineType, digitsOf, findInRuns, numberRunsOf, textBefore } from './match';
import { numberPattern } from './numbers';
import type { Detector, Finding } from './types';

const ninoType = defineType('uk_nino', 'government_id');
const nhsType = defineType('uk_nhs_number', 'government_id');

// HMRC never uses D, F, I, Q, U or V in the prefix, nor O as its second letter, and
// never allocates BG, GB, KN, NK, NT, TN or ZZ. The suffix is A to D.
const ninoPattern =
  /(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/y;

const nhsPattern = numberPattern(String.raw`\d{3}([ -])\d{3}\1\d{4}(?!\1\d)|\d{10}`);
const nhsContext = /\bnhs\b|health service|patient/;

/** NHS mod 11: weights 10 down to 2; 11 minus the remainder is the check digit, 10 is void. */
export function passesNhsCheck(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += Number(digits[index]) * (10 - index);

  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

function validateNhs(text: string, match: RegExpExecArray) {
  const hasContext = nhsContext.test(textBefore(text, match.index, 40));
  if (!passesNhsCheck(digitsOf(match[0]))) return undefined;
  if (match[1] === undefined && !hasContext) return undefined;

  // Without a context word a 3-3-4 number is as likely a phone number; a valid phone wins.
  return { confidence: hasContext ? 0.96 : 0.55 };
}

const isUpperAt = (text: string, index: number) =>
  text.charCodeAt(index) >= 65 && text.charCodeAt(index) <= 90;

const ninoFilter = {
  minDigits: 6,
  leads: [3, 2],
  accepts: (text: string, group: number) =>
    isUpperAt(text, group - 2) &&
    (isUpperAt(text, group - 1) || (text[group - 1] === ' ' && isUpperAt(text, group - 3))),
};

/** UK National Insurance numbers (prefix rules) and NHS numbers (mod 11). */
export const ukIdDetector: Detector = {
  id: 'uk-ids',
  types: [ninoType, nhsType],
  detect: (text, context): Finding[] => {
    const runs = numberRunsOf(text, context);
    return [
      // The two prefix letters, and a space after them, come before the first digit group.
      ...findInRuns(text, runs, ninoFilter, ninoPattern, ninoType, () => ({ confidence: 0.9 })),
      ...findInRuns(text, runs, { minDigits: 10 }, nhsPattern, nhsType, (match) =>
        validateNhs(text, match),
      ),
    ];
  },
};

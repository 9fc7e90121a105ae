import { cellsBelow, followsCountryCode, hasContextAt } from './context';
import { defineType, digitsOf, findInRuns, findMatches, numberRunsOf } from './match';
import { numberPattern } from './numbers';
import type { Detector, Finding } from './types';

const ninoType = defineType('uk_nino', 'government_id');
const nhsType = defineType('uk_nhs_number', 'government_id');

// HMRC never uses D, F, I, Q, U or V in the prefix, nor O as its second letter, and
// never allocates BG, GB, KN, NK, NT, TN or ZZ. The suffix is A to D. Forms print it in
// pairs with spaces or dashes (QQ 12 34 56 C, QQ-12-34-56-C).
const ninoPattern =
  /(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]([ -]?)\d{2}\1\d{2}\1\d{2}\1[A-D](?![A-Za-z0-9])/y;

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

const otherNumberBefore = /\b(?:serial|ref|order|invoice|ticket|id|nr|no|number|case)\.?[\s:#]*$/i;

function validateNhs(text: string, match: RegExpExecArray) {
  if (!passesNhsCheck(digitsOf(match[0])) || followsCountryCode(text, match.index))
    return undefined;

  const hasContext = hasContextAt(text, match.index, nhsContext);
  if (match[1] === undefined && !hasContext) return undefined;
  // "submission serial 000-584-9950": a label naming another number.
  if (!hasContext && otherNumberBefore.test(text.slice(Math.max(0, match.index - 16), match.index)))
    return undefined;

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
    (isUpperAt(text, group - 1) ||
      ((text[group - 1] === ' ' || text[group - 1] === '-') && isUpperAt(text, group - 3))),
};

// Written in lower case ("la403502a") a NINO looks like any short id, so it counts only
// shortly after a National Insurance word (a list under "NI numbers:") or below one in a table.
const lowerNino = String.raw`(?!bg|gb|kn|nk|nt|tn|zz)[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]([ -]?)\d{2}\1\d{2}\1\d{2}\1[a-d]`;
const lowerNinoPattern = new RegExp(`(?<![A-Za-z0-9])${lowerNino}(?![A-Za-z0-9])`, 'g');
const wholeLowerNino = new RegExp(`^${lowerNino}$`);
const lowerNinoReach = 160;
// Case-sensitive on purpose: `ni` is a common syllable, `NI` a label.
const ninoWord = /\b(?:[Nn]ational [Ii]nsurance|NINO|NI)\b/g;

/** Lower-case NINOs within a short reach after a National Insurance word. */
function lowerCaseNinos(text: string): Finding[] {
  const findings: Finding[] = [];
  ninoWord.lastIndex = 0;
  for (let word = ninoWord.exec(text); word; word = ninoWord.exec(text)) {
    const from = word.index + word[0].length;
    const window = text.slice(from, from + lowerNinoReach);
    findings.push(
      ...findMatches(window, lowerNinoPattern, ninoType, () => ({ confidence: 0.8 })).map(
        (finding) => ({ ...finding, start: finding.start + from, end: finding.end + from }),
      ),
      ...cellsBelow(text, word.index)
        .filter((cell) => wholeLowerNino.test(text.slice(cell.start, cell.end)))
        .map((cell) => ({ ...ninoType, ...cell, confidence: 0.8 })),
    );
  }

  return findings;
}

/** UK National Insurance numbers (prefix rules) and NHS numbers (mod 11). */
export const ukIdDetector: Detector = {
  id: 'uk-ids',
  types: [ninoType, nhsType],
  detect: (text, context): Finding[] => {
    const runs = numberRunsOf(text, context);
    return [
      // The two prefix letters, and a space after them, come before the first digit group.
      ...findInRuns(text, runs, ninoFilter, ninoPattern, ninoType, () => ({ confidence: 0.9 })),
      ...lowerCaseNinos(text),
      ...findInRuns(text, runs, { minDigits: 10 }, nhsPattern, nhsType, (match) =>
        validateNhs(text, match),
      ),
    ];
  },
};

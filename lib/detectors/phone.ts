import {
  parsePhoneNumberFromString,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core/es6';
import { isDigitCode, isWordCode } from './characters';
import { columnHeaderAt } from './context';
import { defineType, digitsOf, findInRuns, numberRunsOf } from './match';
import callingCodes from './calling-codes.json';
import metadataJson from './phone-metadata.json';
import type { Detector, ScanContext } from './types';

const phoneType = defineType('phone', 'contact');
const metadata = metadataJson as unknown as MetadataJson;
// Calling codes whose regions' rules are not carried here (+351, +48, ...).
const otherCallingCodes = new Set(
  callingCodes.filter((code) => !(code in metadataJson.country_calling_codes)),
);

/** Regions whose national formats are tried, in this order after the user's own. */
const regions: CountryCode[] = ['NL', 'BE', 'DE', 'GB', 'FR', 'ES', 'IT', 'US', 'CA', 'IN'];

// A phone-shaped run: an optional +CC or 00CC, an optional (area) or Belgian 0x/ area and
// digit groups with single separators. Letters, decimals and paths around it rule it out.
const phonePattern =
  /(?<![\w.\-/+@#:]|\d[ ,](?!\+))(?:(?:\+|00)\d{1,3}[ .-]?(?:\(0\)[ .-]?)?)?(?:\(\d{1,5}\)[ .-]?|0\d{1,3}\/)?\d{1,10}(?:[ .-]\d{1,10}){0,5}(?![\w]|[.\-/:]\d|,\d{1,4}(?!\d|\.\d|,))/y;

// A label right before the value names another kind of number.
// `ts` and `big` only as words: a huisarts' number is a phone number.
// Dutch care registers (AGB, BIG, UZOVI) and the chamber of commerce (KvK) number people
// too, as does any "code" that is not an area or dialling code.
const otherNumberLabel =
  /(order|invoice|factuur|ticket|id|nr|number|timestamp|epoch|(?<![a-z])(?:ts|big)|sku|ref|object|agb|uzovi|kvk|(?<!area |dial |dialling |country |kenge?tal )code)[\s:=#"'-]*$/;
// Identifiers people name as such are not phone numbers even when they validate: Belgian
// enterprise (KBO/BTW) and social-security employer (RSZ/ONSS) numbers, Dutch WOZ objects,
// national ids. The word counts when no other number stands between it and the value
// ("Sample NHS number printed in the slides: 912 361 9272", not "BSN 111222333 en 06-...").
const otherIdWord =
  /\b(?:nhs|bsn|ssn|aadhaar|insz|passport|paspoort|steuer|tax|kbo|btw|vat|rsz|onss|ondernemings|enterprise|woz|agb|uzi)/g;
// The clause before a value: back to a line break, a table cell or a sentence end (a full
// stop before a capital, so `tel. 91...` and `NHS no. 661...` stay one clause).
const clauseStart = /[\n\t;|]|[.!?]\s+(?=[A-Z])/g;
// Administrative numbers with their own fixed grouping: a KBO enterprise number 0xxx.xxx.xxx,
// an RSZ number xxx-xxxxxxx-xx, a dotted national register number yy.mm.dd-xxx.cc, a US
// social security number xxx-xx-xxxx.
const administrativeShape =
  /^0\d{3}\.\d{3}\.\d{3}$|^\d{3}-\d{7}-\d{2}$|^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$|^\d{3}-\d{2}-\d{4}$/;
// The tail of an IBAN-shaped code (`NL12 ABCD 0123 4567 89`) is not a national number.
const ibanLikePrefix = /[A-Z]{2}\d{2}(?: [A-Z0-9]{4})+ $/i;
const phoneContext =
  /\b(?:tel(?:efoon|efono|éfono|efon|éphone)?|phone|mobile?|mobiel|m[oó]vil|cellulare|handy|gsm|call|bel|fax|whatsapp)\b/;
// Dates share the digits-and-dashes look.
const datePattern = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;

// Spain and Italy dial no trunk prefix: a Spanish number is written 6xx xx xx xx or
// 9x xxx xx xx at home.
const spanishGrouping = /(?:[6-9]\d{2} \d{2}|[89]\d \d{3}) \d{2} \d{2}(?![\d.,-])/y;

/**
 * Written like a phone number: international (+ or 00), a national trunk 0, an (area),
 * the US 3-3-4 or the Spanish 3-2-2-2 grouping. Bare digit runs (ids, unix times) never
 * qualify.
 */
function isPhoneShaped(value: string): boolean {
  if (/^(\+|00[1-9])/.test(value)) return true;
  if (/^\(?0[1-9]/.test(value)) return /[ .\-()]/.test(value) || value.length === 10;

  spanishGrouping.lastIndex = 0;
  return /^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$/.test(value) || spanishGrouping.test(value);
}

const usGrouping = /\d{3}\)?[ .-]\d{3}[ .-]\d{4}/y;
const phoneContextNear = /(?:tel|phone|mobi|gsm|call|bel|fax|whatsapp)[^\n]{0,20}$/i;

/**
 * The cheap half of isPhoneShaped, checked before the pattern runs: a `+` or `(` lead, a
 * trunk 0, the US 3-3-4 grouping, or a phone word shortly before. Groups where the pattern
 * cannot start at all (most groups inside a run) are turned away first, by character code.
 */
function mayStartPhone(text: string, group: number, runStart: number): boolean {
  const lead = text.charCodeAt(group - 1);
  if (lead === 43 || lead === 40) return true;
  if (isBlockedBefore(text, group)) return false;
  if (text.charCodeAt(group) === 48) return true;

  usGrouping.lastIndex = group;
  spanishGrouping.lastIndex = group;
  if (group === runStart && (usGrouping.test(text) || spanishGrouping.test(text))) return true;
  // A whole table cell: its column header may name it (checked by the validator).
  if (group === runStart && startsCell(text, group)) return true;

  return phoneContextNear.test(text.slice(Math.max(0, group - 24), group));
}

function startsCell(text: string, start: number): boolean {
  let index = start - 1;
  while (text.charCodeAt(index) === 32) index--;

  const separator = text[index];
  return separator === ';' || separator === '\t' || separator === '|' || separator === ',';
}

// The pattern's lookbehind, (?<![\w.\-/+@#:]|\d[ ,]): with it failing at the group and no `+`
// or `(` to start from one character earlier, the pattern cannot match at this group.
function isBlockedBefore(text: string, index: number): boolean {
  const code = text.charCodeAt(index - 1);
  if (isWordCode(code) || blockingMarks.includes(code)) return true;

  return (code === 32 || code === 44) && isDigitCode(text.charCodeAt(index - 2));
}

// . - / + @ # :
const blockingMarks = [46, 45, 47, 43, 64, 35, 58];

// libphonenumber validates a national number only when it fully matches the region's general
// pattern, as written or after the national prefix. Checking that first, with patterns
// compiled once, skips most parses of regions that cannot fit (a parse costs ~40 µs).
interface RegionPlan {
  general: RegExp;
  prefix: RegExp | undefined;
  /** A region that dials a trunk 0 at home (NL, DE, GB...) writes its national numbers with it. */
  trunkZero: boolean;
}

const regionPlans = new Map<string, RegionPlan>();

function planFor(region: CountryCode): RegionPlan {
  const known = regionPlans.get(region);
  if (known) return known;

  // Compact metadata: [calling code, IDD, general pattern, lengths, formats, national
  // prefix, formatting rule, prefix for parsing, ...]; absent fields are 0.
  const fields = (metadataJson.countries as Record<string, unknown[]>)[region]!;
  const prefix = fields[7] || fields[5];
  const plan = {
    general: new RegExp(`^(?:${fields[2] as string})$`),
    prefix: typeof prefix === 'string' ? new RegExp(`^(?:${prefix})`) : undefined,
    trunkZero: fields[5] === '0',
  };
  regionPlans.set(region, plan);
  return plan;
}

function mayFitRegion(digits: string, region: CountryCode): boolean {
  const { general, prefix, trunkZero } = planFor(region);
  if (trunkZero && digits[0] !== '0') return false;
  if (general.test(digits)) return true;

  const national = prefix?.exec(digits);
  return !!national && general.test(digits.slice(national[0].length));
}

// A calling code outside the regions carried here: the national part must have a plausible
// length (6 to 12 digits) and be written in groups, as people write a foreign number.
// Only with a `+`: zero-padded ids (loan number 0041-8837-2210) start with 00 too.
const groupedInternational = /^\+(\d{1,3})[ .-]\d{1,5}(?:[ .-]\d{1,5}){1,4}$/;

function isOtherCountryNumber(value: string): boolean {
  const digits = digitsOf(value);
  for (const length of [1, 2, 3]) {
    const code = digits.slice(0, length);
    if (!otherCallingCodes.has(code)) continue;

    const national = digits.length - length;
    return national >= 6 && national <= 12 && groupedInternational.exec(value)?.[1] === code;
  }

  return false;
}

function validRegion(value: string, regionsToTry: CountryCode[]): boolean {
  if (/^(\+|00)/.test(value)) {
    return isValidIn(value.replace(/^00/, '+'), undefined) || isOtherCountryNumber(value);
  }

  // In order, stopping at the first region that validates; one that cannot fit is not parsed.
  const digits = digitsOf(value);
  return regionsToTry.some((region) => mayFitRegion(digits, region) && isValidIn(value, region));
}

function isValidIn(value: string, region: CountryCode | undefined): boolean {
  return (
    parsePhoneNumberFromString(value, { defaultCountry: region }, metadata)?.isValid() === true
  );
}

function regionOrder(context?: ScanContext): CountryCode[] {
  const own = context?.region?.toUpperCase() as CountryCode | undefined;
  return own && regions.includes(own)
    ? [own, ...regions.filter((region) => region !== own)]
    : regions;
}

// An upper-case code right before the digits makes them a reference ("hospital no. RSH 727
// 504 6860", "MRN ABC 123 456 7890"); phone labels in capitals do not.
const codeBefore = /\b(?!TEL |GSM |FAX |MOB |SMS )[A-Z]{3,5} $/;

function hasCodeBefore(text: string, offset: number): boolean {
  return codeBefore.test(text.slice(Math.max(0, offset - 6), offset));
}

/** The text of the clause (or table cell) before `offset`, lower-cased. */
function clauseBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 80), offset);
  let start = 0;
  for (const end of before.matchAll(clauseStart)) start = end.index + end[0].length;

  return before.slice(start).toLowerCase();
}

function namesOtherId(clause: string): boolean {
  let after = -1;
  for (const word of clause.matchAll(otherIdWord)) after = word.index + word[0].length;

  return after !== -1 && !/\d/.test(clause.slice(after));
}

// Ten bare digits from 1 000 000 000 to 1 999 999 999 are unix times (2001-2033), and a
// run like 0987654321 or 1234567890 is a filler, not a subscriber.
function isTimestampOrFiller(value: string, digits: string): boolean {
  if (value === digits && digits.length === 10 && digits[0] === '1') return true;

  const step = (digits.charCodeAt(1) - digits.charCodeAt(0) + 10) % 10;
  if (step !== 1 && step !== 9) return false;
  for (let index = 2; index < digits.length; index++) {
    if ((digits.charCodeAt(index) - digits.charCodeAt(index - 1) + 10) % 10 !== step) return false;
  }

  return true;
}

/** Phone numbers that libphonenumber validates, in international or national format. */
export const phoneDetector: Detector = {
  id: 'phone',
  types: [phoneType],
  detect: (text, context) => {
    const order = regionOrder(context);
    // A `+` or `(` may come right before the first digit group.
    const filter = { minDigits: 8, leads: [1, 0], accepts: mayStartPhone };
    return findInRuns(
      text,
      numberRunsOf(text, context),
      filter,
      phonePattern,
      phoneType,
      (match) => {
        const value = match[0];
        if (value.length < 8) return undefined;

        const digits = digitsOf(value);
        const clause = clauseBefore(text, match.index);
        // A phone word before the value, or a phone column's header in a table.
        const named =
          phoneContext.test(clause) || phoneContext.test(columnHeaderAt(text, match.index));
        if (digits.length < 8 || digits.length > 15 || datePattern.test(value)) return undefined;
        if (administrativeShape.test(value) || isTimestampOrFiller(value, digits)) return undefined;
        if (!isPhoneShaped(value) && !named) return undefined;

        if (ibanLikePrefix.test(text.slice(Math.max(0, match.index - 30), match.index)))
          return undefined;
        // A calling code makes it a phone number whatever label comes before.
        const international = value[0] === '+' || value.startsWith('00');
        if (!named && !international && otherNumberLabel.test(clause.slice(-24))) return undefined;
        if (!named && !international && hasCodeBefore(text, match.index)) return undefined;
        if (!named && !international && namesOtherId(clause)) return undefined;
        if (!validRegion(value, order)) return undefined;

        return { confidence: named ? 0.9 : 0.8 };
      },
    );
  },
};

import { defineType, digitsOf, findInRuns, numberRunsOf, textBefore } from './match';
import { numberPattern } from './numbers';
import type { Detector } from './types';

const cardType = defineType('credit_card', 'financial');

// Groupings people actually write: Amex 4-6-5, Diners 4-6-4, 4-4-4-4(-3) and 4-4-4(-x),
// with one consistent separator, or 12 to 19 digits run together. Not glued to letters,
// not part of a decimal, a path, or a longer dashed id; a CSV cell is fine (numbers.ts).
const cardPattern = numberPattern(
  String.raw`(?<!\d[.,] )(?:\d{4}([ -])\d{6}\1\d{4,5}|` +
    String.raw`\d{4}([ -])\d{4}\2\d{4}(?:\2\d{1,4}(?:\2\d{3})?)?|\d{12,19})`,
);

/** Issuer identification ranges with the lengths each network issues. */
const issuers: { prefix: RegExp; lengths: number[] }[] = [
  { prefix: /^4/, lengths: [13, 16, 19] }, // Visa
  { prefix: /^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] }, // Mastercard
  { prefix: /^3[47]/, lengths: [15] }, // American Express
  { prefix: /^(6011|64[4-9]|65)/, lengths: [16, 17, 18, 19] }, // Discover
  { prefix: /^3(0[0-5]|09|[689])/, lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { prefix: /^35(2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] }, // JCB
  { prefix: /^62/, lengths: [16, 17, 18, 19] }, // UnionPay
  { prefix: /^220[0-4]/, lengths: [16, 17, 18, 19] }, // Mir
  { prefix: /^(5[06-9]|6\d)/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] }, // Maestro
];

/** Luhn (mod 10): double every second digit from the right; the sum must end in 0. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }

  return sum % 10 === 0;
}

/** True when a known network issues numbers with this prefix and length. */
export function hasIssuerPrefix(digits: string): boolean {
  return issuers.some(
    ({ prefix, lengths }) => prefix.test(digits) && lengths.includes(digits.length),
  );
}

// Barcodes and book numbers share lengths with cards; their label gives them away.
const productNumberContext = /\b(ean|gtin|isbn|upc|barcode|sku)\b[^\n]{0,12}$/;

/** Payment card numbers that pass the issuer-prefix and Luhn checks. */
export const paymentCardDetector: Detector = {
  id: 'payment-card',
  types: [cardType],
  detect: (text, context) =>
    findInRuns(
      text,
      numberRunsOf(text, context),
      { minDigits: 12 },
      cardPattern,
      cardType,
      (match) => {
        const digits = digitsOf(match[0]);
        if (!hasIssuerPrefix(digits) || !passesLuhn(digits)) return undefined;
        if (productNumberContext.test(textBefore(text, match.index, 30))) return undefined;

        // Twelve digits are also Aadhaar's length; only the checksum that passes should win.
        if (digits.length === 12) return { confidence: 0.55 };
        return { confidence: /^\d+$/.test(match[0]) ? 0.9 : 0.95 };
      },
    ),
};

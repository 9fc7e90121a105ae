import { defineType, findInRuns, numberRunsOf } from './match';
import { numberPattern } from './numbers';
import type { Detector } from './types';

const nirType = defineType('fr_nir', 'government_id');

// Sex, year, month, department (2A/2B for Corsica), commune, order number, two-digit key.
const nirPattern = numberPattern(
  String.raw`[12378] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}`,
  'iy',
);

/** Key = 97 - (first 13 digits mod 97), with Corsica's 2A read as 19 and 2B as 18. */
export function passesNirKey(value: string): boolean {
  const compact = value.replace(/\s/g, '').toUpperCase();
  const month = Number(compact.slice(3, 5));
  if (month === 0 || (month > 12 && month < 20)) return false;

  const body = compact.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - (Number(body) % 97) === Number(compact.slice(13));
}

/** French NIR (numéro de sécurité sociale) with a valid key. */
export const frNirDetector: Detector = {
  id: 'fr-nir',
  types: [nirType],
  // Corsica's 2A/2B splits the digits, so the run before it may hold as few as five.
  detect: (text, context) =>
    findInRuns(text, numberRunsOf(text, context), { minDigits: 5 }, nirPattern, nirType, (match) =>
      passesNirKey(match[0]) ? { confidence: 0.95 } : undefined,
    ),
};

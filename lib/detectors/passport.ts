import { defineType, findMatches } from './match';
import type { Detector } from './types';

const passportType = defineType('passport_number', 'government_id');

// Passport numbers have no shared checksum, so only a passport word before one counts: right
// before it, or a few words back when a colon ends the label ("paspoortnummer voor de
// screening: X", "passport number on file: X").
const passportPattern =
  /\b(?:passport|paspoort|reisepass|passeport|pasaporte|passaporto)(?:[ -]?(?:number|no\.?|nr\.?|nummer|num(?:ber|éro)?|n[°º]|#|id))?(?:\s*\([A-Za-z]{2,3}\))?(?:(?:[ \t]+[A-Za-zÀ-ÿ]+){1,4}[ \t]*:)?\s*(?:is\s+|:\s*|#\s*|=\s*)?\s*([A-Z0-9]{6,9})(?![A-Za-z0-9])/gi;

/** Passport numbers next to a passport context word (in several languages). */
export const passportDetector: Detector = {
  id: 'passport',
  trigger: /passport|paspoort|reisepass|passeport|pasaporte|passaporto/i,
  types: [passportType],
  detect: (text) =>
    findMatches(text, passportPattern, passportType, (match) => {
      const value = match[1]!;
      if (!/\d/.test(value) || value !== value.toUpperCase() || /^\d{1,4}$/.test(value))
        return undefined;

      const end = match.index + match[0].length;
      return { start: end - value.length, end, confidence: 0.85 };
    }),
};

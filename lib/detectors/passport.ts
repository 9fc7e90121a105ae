import { defineType } from './match';
import { cellsBelow } from './context';
import type { Detector, Finding } from './types';

const passportType = defineType('passport_number', 'government_id');

// Passport numbers have no shared checksum, so only a passport word makes a value one: the
// value follows the word in the same clause ("passport no. X", "Her passport was renewed,
// new number X", "paspoort\tX" in a sheet), or sits in a column headed by the word.
// The word with its "number" suffix, abbreviated or not, so `no.` is not read as a full stop.
const passportWord =
  /\b(?:passport|paspoort|reisepass|passeport|pasaporte|passaporto)(?:[ -]?(?:nummers?|numbers?|num[ée]ros?|n[°º.]|nr\.?|nos?\.?|#))?(?![A-Za-z])/gi;

/** How far after the word its value may stand, in characters of the same line. */
const reach = 60;

// Nouns that name another number between the word and a value ("passport office case
// ZK2026118", "paspoort; BSN 123456782"): the value is that other number.
const otherNumber =
  /\b(?:(?:ref|case|form|tel|pan|nie|nif|visa|seat|sku|tax|id card)\b|file ?n|book|boek|referen|order|bestel|ticket|formul|document|device|track|invoice|factu|arti|product|dossier|claim|appli|aanvraag|kenmerk|zaak|bsn|ssn|dni|iban|aadhaar|nino|nhs|steuer|phone|mobi|identiteitsk)/i;

// A clause ends at a line break, a semicolon, or a full stop before a capital, except the
// full stop of a number abbreviation ("paspoort (pasaporte) nr. X", "passaporto n. X").
const clauseEnd = /\n|;|(?<!\b(?:[Nn][RrOo]|[Nn]|[Nn]um))[.!?]\s+(?=[A-Z])/;

// Issued passport numbers: 6-9 letters and digits with at least one digit; all-digit ones
// (UK, US) have exactly nine.
const candidate = /(?<![A-Za-z0-9-])([A-Z0-9]{6,9})(?![A-Za-z0-9-])/g;

function isPassportShaped(value: string): boolean {
  if (!/\d/.test(value)) return false;
  if (/^\d+$/.test(value)) return value.length === 9;

  return true;
}

/** The value (or, after a plural word, the values) in the clause after the word. */
function valuesAfter(text: string, wordEnd: number, plural: boolean): Finding[] {
  // A word that ends its line ("recorded passport numbers\n  X (Mark)") heads what follows.
  const lead = /^[ \t:]*\n[ \t]*/.exec(text.slice(wordEnd, wordEnd + 40))?.[0].length ?? 0;
  wordEnd += lead;
  let window = text.slice(wordEnd, wordEnd + reach);
  const end = clauseEnd.exec(window);
  if (end) window = window.slice(0, end.index);

  const values: Finding[] = [];
  candidate.lastIndex = 0;
  for (let match = candidate.exec(window); match; match = candidate.exec(window)) {
    if (!isPassportShaped(match[1]!)) continue;
    if (otherNumber.test(window.slice(0, match.index))) break;

    const start = wordEnd + match.index;
    values.push({ ...passportType, start, end: start + match[1]!.length, confidence: 0.85 });
    if (!plural) break;
  }

  return values;
}

function valuesBelow(text: string, wordIndex: number): Finding[] {
  return cellsBelow(text, wordIndex)
    .filter((cell) => isPassportShaped(text.slice(cell.start, cell.end)))
    .filter((cell) => /^[A-Z0-9]+$/.test(text.slice(cell.start, cell.end)))
    .map((cell) => ({ ...passportType, ...cell, confidence: 0.85 }));
}

/** Passport numbers after or under a passport word (in several languages). */
export const passportDetector: Detector = {
  id: 'passport',
  trigger: /passport|paspoort|reisepass|passeport|pasaporte|passaporto/i,
  types: [passportType],
  detect: (text) => {
    const findings: Finding[] = [];
    passportWord.lastIndex = 0;
    for (let word = passportWord.exec(text); word; word = passportWord.exec(text)) {
      const plural = /(?:nummer|number|num[ée]ro)s$|nos\.?$/i.test(word[0]);
      findings.push(...valuesAfter(text, word.index + word[0].length, plural));
      findings.push(...valuesBelow(text, word.index));
    }

    return findings;
  },
};

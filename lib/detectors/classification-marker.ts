import { defineType, findMatches } from './match';
import type { Detector } from './types';

const markerType = defineType('classification_marker', 'confidential');

// Phrases that only ever appear as markings, in any case. The group holds phrases that are
// also ordinary words in a sentence ("the line is strictly confidential", "het intern
// gebruik van de kantine"): markings only when written as a label.
const phrasePattern =
  /\b(?:(?:for |strictly |company |highly )?internal use only|not for (?:external )?distribution|privileged (?:&|and) confidential|attorney[- \u2013]client (?:privileged|communication)|(?:alleen|uitsluitend|enkel) voor intern gebruik|(?:private|personal|persoonlijk|proprietary) (?:and|&|en) (?:confidential|vertrouwelijk)|commercial in confidence|staatsgeheim|stg\.? (?:zeer )?(?:geheim|confidentieel)|top secret|official[- ]sensitive|(?:eu|nato) restricted|restreint ue|((?:strikt|zeer|strictly|highly|company|departementaal|dep\.) (?:vertrouwelijk|confidential)|medisch (?:vertrouwelijk|geheim)|(?:alleen|uitsluitend) voor (?:leden|medewerkers)|intern gebruik|need[- ]to[- ]know))\b/gi;

// Traffic Light Protocol labels that limit sharing (CLEAR and WHITE allow any sharing).
const tlpPattern = /\bTLP ?: ?(?:RED|AMBER(?:\+STRICT)?|GREEN)\b/g;

// Handling instructions are markings when written as one ("DO NOT FORWARD", "Niet
// verspreiden", "[do not share]"), not inside a sentence ("..., niet doorsturen)").
const instructionPattern =
  /\b(?:do not (?:distribute|forward|share)|niet (?:verspreiden|doorsturen|delen))\b/gi;

// Single words that can be markings; the validator decides from how they are written.
const wordPattern =
  /\b(?:confidential|vertrouwelijk|restricted|geheim|confidentieel|intern|internal(?: only)?|secret)\b/gi;

// Words that mark a document only when written as a label, never in running prose.
const alwaysWhenUpper = new Set([
  'CONFIDENTIAL',
  'VERTROUWELIJK',
  'RESTRICTED',
  'GEHEIM',
  'CONFIDENTIEEL',
  'INTERN',
  'INTERNAL ONLY',
]);
const labelBefore = /(?:^|\n)[ \t>*#\-[(]*$|[[(] ?$|: ?$/;
// A word between separators is part of a label line ("Owner: Ops \u00b7 Confidential \u2013 HR").
const separatorBefore = /[\u00b7|\u2013\u2014] $/;
// A separator after the word joins it to a label line ("Confidential \u2013 HR", "INTERNAL \u00b7 p. 3").
const labelAfter = /^ ?[\]\u00b7|\u2013\u2014]/;
// Upper-case words that also name other things (INTERNAL SERVER ERROR, a SECRET setting):
// markings only in a label's place.
const upperWhenLabelled = new Set(['INTERNAL', 'INTERN', 'SECRET']);
// Document labels ("Sensitivity: Internal", the label field of e-mail and office tools).
// A few words may stand between the label and its colon ("Classification of this page:").
const classificationBefore =
  /(?:classification|classified|rubricering|classificatie|sensitivity|gevoeligheid|vertrouwelijkheid|label|footer|header|voettekst|koptekst)(?: [^:=\n]{0,24})?\s*[:=]\s*$/i;
// Inside a sentence a title-case word is a marking when a marking verb names it: "marked
// Confidential", "labelled as Restricted", "als Vertrouwelijk ... gemarkeerd".
// A marking noun counts before a quoted word: `met de markering "Vertrouwelijk"`.
const markingVerbBefore =
  /\b(?:(?:marked|labell?ed|classified|stamped|tagged|flagged|gemarkeerd|aangemerkt|gerubriceerd|geclassificeerd)(?: as| als)? ["\u201c'\u2018]?|(?:marking|markering|stempel|stamp|label) ["\u201c'\u2018])$/i;
const markingVerbAfter =
  /^[^.\n]{0,60}\b(?:gemarkeerd|aangemerkt|gerubriceerd|geclassificeerd|marked|labell?ed|classified)\b/i;

const mentionBefore = /\b(?:string|word|term|text|woord|tekst)[ \t]+["\u201c'\u2018]$/i;

function isMarking(text: string, match: RegExpExecArray): boolean {
  const word = match[0];
  const end = match.index + word.length;
  // Glued to `_` it is a code constant (CONFIDENTIAL_FIELDS), not a marking.
  if (text[end] === '_' || text[match.index - 1] === '_') return false;

  const before = text.slice(Math.max(0, match.index - 50), match.index);
  if (classificationBefore.test(before)) return true;
  // A word named as a word ('the string "CONFIDENTIAL" in our exports') marks nothing.
  if (mentionBefore.test(before)) return false;
  if (alwaysWhenUpper.has(word)) return true;

  const after = text.slice(end, end + 3);
  if (upperWhenLabelled.has(word)) {
    // A bare colon before it is any field ("status: INTERNAL"), a capital after it a phrase.
    const placed =
      (labelBefore.test(before) && !/: ?$/.test(before)) ||
      separatorBefore.test(before) ||
      labelAfter.test(after);
    // Followed by a capital it is a phrase, by `:` or `=` a setting's name (SECRET: ...).
    return placed && !/^(?: [A-Z]{2}|\s*[:=])/.test(after);
  }

  const titled =
    /^[A-Z][a-z]+(?: [Oo]nly)?$/.test(word) && !/^(Intern|Internal|Secret)$/.test(word);
  if (!titled) return false;
  if (labelBefore.test(before) || separatorBefore.test(before)) return true;
  // Set apart at the end of a header line ("Dossier 44817          Vertrouwelijk").
  if (/ {3,}$|\t$/.test(before) && /^[ \t]*(?:\n|$)/.test(text.slice(end, end + 8))) return true;
  if (labelAfter.test(after) || /^\s*:/.test(after)) return true;

  return (
    markingVerbBefore.test(before) ||
    (/\bals $/i.test(before) && markingVerbAfter.test(text.slice(end, end + 80)))
  );
}

/** A phrase that is also plain language counts unless it runs on from a lower-case word. */
function isLabelPhrase(text: string, match: RegExpExecArray): boolean {
  if (/^[A-Z]/.test(match[0])) return true;

  const before = text.slice(Math.max(0, match.index - 30), match.index);
  if (!/[\p{Ll}\d,] $/u.test(before)) return true;
  return classificationBefore.test(before) || markingVerbBefore.test(before);
}

function isInstructionMarking(text: string, match: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, match.index - 30), match.index);
  if (/^[A-Z]/.test(match[0]) || labelBefore.test(before)) return true;

  // A closing instruction after `;` or a dash: "bestemd voor de opdrachtgever; niet verspreiden."
  const after = text.slice(match.index + match[0].length, match.index + match[0].length + 4);
  return /[;\u2013\u2014] $/.test(before) && /^[.\])]?[ \t]*(?:\n|$)/.test(after);
}

/** Classification markings in English and Dutch; the ordinary word in prose is not one. */
export const classificationMarkerDetector: Detector = {
  id: 'classification-marker',
  trigger:
    /confidential|vertrouwelijk|restricted|restreint|geheim|confidentieel|intern|secret|distribut|forward|share|verspreiden|doorsturen|delen|privileged|attorney|confidence|leden|medewerkers|need[- ]to[- ]know|official[- ]sensitive|TLP/i,
  types: [markerType],
  detect: (text) => [
    ...findMatches(text, phrasePattern, markerType, (match) =>
      match[1] === undefined || isLabelPhrase(text, match) ? { confidence: 0.9 } : undefined,
    ),
    ...(text.includes('TLP')
      ? findMatches(text, tlpPattern, markerType, () => ({ confidence: 0.9 }))
      : []),
    ...findMatches(text, instructionPattern, markerType, (match) =>
      isInstructionMarking(text, match) ? { confidence: 0.85 } : undefined,
    ),
    ...findMatches(text, wordPattern, markerType, (match) =>
      isMarking(text, match) ? { confidence: 0.85 } : undefined,
    ),
  ],
};

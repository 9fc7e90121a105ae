import { defineType, findMatches } from './match';
import type { Detector } from './types';

const markerType = defineType('classification_marker', 'confidential');

// Phrases that only ever appear as markings, in any case.
const phrasePattern =
  /\b(?:(?:for |strictly |company |highly )?internal use only|not for (?:external )?distribution|privileged (?:&|and) confidential|attorney[- ]client privileged|(?:alleen|uitsluitend|enkel) voor intern gebruik|(?:strikt|zeer|strictly|highly|company|departementaal|dep\.) (?:vertrouwelijk|confidential)|(?:private|personal|persoonlijk|proprietary) (?:and|&|en) (?:confidential|vertrouwelijk)|commercial in confidence|staatsgeheim|stg\.? (?:zeer )?(?:geheim|confidentieel)|intern gebruik|top secret|need[- ]to[- ]know|official[- ]sensitive|(?:eu|nato) restricted|restreint ue)\b/gi;

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
// Document labels ("Sensitivity: Internal", the label field of e-mail and office tools).
const classificationBefore =
  /(?:classification|classified|rubricering|classificatie|sensitivity|gevoeligheid|vertrouwelijkheid|label)\s*[:=]\s*$/i;
// Inside a sentence a title-case word is a marking when a marking verb names it: "marked
// Confidential", "labelled as Restricted", "als Vertrouwelijk ... gemarkeerd".
const markingVerbBefore =
  /\b(?:marked|labell?ed|classified|stamped|tagged|flagged|gemarkeerd|aangemerkt|gerubriceerd|geclassificeerd)(?: as| als)? $/i;
const markingVerbAfter =
  /^[^.\n]{0,60}\b(?:gemarkeerd|aangemerkt|gerubriceerd|geclassificeerd|marked|labell?ed|classified)\b/i;

function isMarking(text: string, match: RegExpExecArray): boolean {
  const word = match[0];
  const end = match.index + word.length;
  // Glued to `_` it is a code constant (CONFIDENTIAL_FIELDS), not a marking.
  if (text[end] === '_' || text[match.index - 1] === '_') return false;

  const before = text.slice(Math.max(0, match.index - 30), match.index);
  if (classificationBefore.test(before)) return true;
  if (alwaysWhenUpper.has(word)) return true;

  const titled =
    /^[A-Z][a-z]+(?: [Oo]nly)?$/.test(word) && !/^(Intern|Internal|Secret)$/.test(word);
  if (!titled) return false;
  if (labelBefore.test(before) || /^\s*:/.test(text.slice(end, end + 3))) return true;

  return (
    markingVerbBefore.test(before) ||
    (/\bals $/i.test(before) && markingVerbAfter.test(text.slice(end, end + 80)))
  );
}

function isInstructionMarking(text: string, match: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, match.index - 30), match.index);
  return /^[A-Z]/.test(match[0]) || labelBefore.test(before);
}

/** Classification markings in English and Dutch; the ordinary word in prose is not one. */
export const classificationMarkerDetector: Detector = {
  id: 'classification-marker',
  trigger:
    /confidential|vertrouwelijk|restricted|restreint|geheim|confidentieel|intern|secret|distribut|forward|share|verspreiden|doorsturen|delen|privileged|need[- ]to[- ]know|official[- ]sensitive|TLP/i,
  types: [markerType],
  detect: (text) => [
    ...findMatches(text, phrasePattern, markerType, () => ({ confidence: 0.9 })),
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

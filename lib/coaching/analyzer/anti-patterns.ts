import { isVagueAsk, substantiveWords } from './ask';
import { buzzwordPattern, flatteryPattern, stopWords } from './lexicon';
import { countMatches, phraseRegex, wordsOf, type PromptText } from './text';
import type { AntiPatternId } from './types';

const shortPattern = phraseRegex([
  'very short',
  'short',
  'brief',
  'concise',
  'one sentence',
  'one line',
  'a few words',
  'kort\\w*',
  'beknopt\\w*',
  'één zin',
  'in een zin',
]);

const longPattern = phraseRegex([
  'detailed',
  'comprehensive',
  'in[- ]depth',
  'extensive',
  'exhaustive',
  'cover(?:ing|s)? everything',
  'long',
  'uitgebreid\\w*',
  'gedetailleerd\\w*',
  'diepgaand\\w*',
  'alles erin',
  'lang(?:e|er)?',
]);

const formalPattern = phraseRegex(['formal', 'forme(?:el|le)', 'zakelijke?']);
const casualPattern = phraseRegex([
  'casual',
  'informal',
  'chatty',
  'relaxed',
  'slang',
  'informe(?:el|le)',
  'luchtige?',
  'amicale?',
]);

const maxWordsPattern =
  /(?:max(?:imum|imaal)?|at most|under|no more than|up to|hooguit|niet meer dan|onder de|minder dan) (\d+) (?:words|woorden)/iu;
const minWordsPattern =
  /(?:at least|minimum|minimaal|minstens|ten minste) (\d+) (?:words|woorden)/iu;

// TODO [2027-01-15]: "concise but complete" is flagged like "short but detailed"; tell a
// length from a depth requirement before the side panel shows this as a warning.
/** True when the prompt asks for two things that cannot both hold. */
export function hasContradiction(prose: string): boolean {
  if (shortPattern.test(prose) && longPattern.test(prose)) return true;

  if (formalPattern.test(prose) && casualPattern.test(prose)) return true;

  const max = maxWordsPattern.exec(prose)?.[1];
  const min = minWordsPattern.exec(prose)?.[1];

  return max !== undefined && min !== undefined && Number(min) > Number(max);
}

/** True when sentences or runs of words recur, or one word is hammered on. */
export function hasRepetition(prompt: PromptText): boolean {
  const seen = new Set<string>();

  for (const sentence of prompt.sentences) {
    const key = wordsOf(sentence).join(' ');

    if (key.split(' ').length >= 3 && seen.has(key)) return true;

    seen.add(key);
  }

  return repeatedRunShare(prompt.words) >= 0.15 || hammeredWord(prompt.words);
}

// Share of four-word runs that already occurred earlier in the prompt.
function repeatedRunShare(words: readonly string[]): number {
  const runs = new Set<string>();
  let repeats = 0;
  let total = 0;

  for (let index = 0; index + 4 <= words.length; index += 1) {
    const run = words.slice(index, index + 4).join(' ');

    total += 1;
    if (runs.has(run)) repeats += 1;
    runs.add(run);
  }

  return repeats >= 2 ? repeats / total : 0;
}

// One content word making up an eighth of a prompt ("SQL ... good SQL ... SQL").
function hammeredWord(words: readonly string[]): boolean {
  const counts = new Map<string, number>();

  for (const word of words) {
    if (!stopWords.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }

  const top = Math.max(0, ...counts.values());

  return top >= 4 && top / words.length >= 0.12;
}

/** True when compliments and pleading stand in for specifics. */
export function hasFlattery(prose: string): boolean {
  return countMatches(prose, flatteryPattern) >= 2;
}

/** True when prompting buzzwords outweigh what the prompt says about the task. */
export function isKeywordStuffed(prose: string): boolean {
  const buzz = countMatches(prose, buzzwordPattern);
  const substance = substantiveWords(prose).length;

  return buzz >= 3 && buzz / (buzz + substance) >= 0.3;
}

/** Every anti-pattern the prompt shows, in the fixed order of `antiPatternIds`. */
export function findAntiPatterns(prompt: PromptText, askSentences: string[]): AntiPatternId[] {
  const found: AntiPatternId[] = [];

  if (prompt.words.length > 0 && askSentences.length === 0) found.push('no_ask');
  if (isVagueAsk(askSentences)) found.push('vague_ask');
  if (hasContradiction(prompt.prose)) found.push('contradictory_constraints');
  if (hasRepetition(prompt)) found.push('repeated_text');
  if (hasFlattery(prompt.prose)) found.push('filler_flattery');
  if (isKeywordStuffed(prompt.prose)) found.push('keyword_stuffing');

  return found;
}

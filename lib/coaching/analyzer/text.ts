/**
 * Shared text handling. Word boundaries are built from Unicode letter classes because
 * JavaScript's `\b` treats Dutch letters such as ë and é as non-word characters.
 */

const before = '(?<![\\p{L}\\p{N}])';
const after = '(?![\\p{L}\\p{N}])';

/**
 * One case-insensitive regex that matches any of `phrases` as whole words. Phrases are
 * regex sources, so a list entry may say `summari[sz]e`.
 */
export function phraseRegex(phrases: readonly string[]): RegExp {
  return new RegExp(`${before}(?:${phrases.join('|')})${after}`, 'iu');
}

/** Like `phraseRegex`, but global, for counting. */
export function phraseRegexGlobal(phrases: readonly string[]): RegExp {
  return new RegExp(`${before}(?:${phrases.join('|')})${after}`, 'giu');
}

/** How many times `regex` (which must be global) occurs in `text`. */
export function countMatches(text: string, regex: RegExp): number {
  return text.match(regex)?.length ?? 0;
}

/** A prompt split once into the pieces every check needs. */
export interface PromptText {
  /** The prompt with pasted material (`[contract]`, code blocks) replaced by a marker. */
  prose: string;
  /** Lower-case words of the prose. */
  words: string[];
  /** Sentences and lines of the prose, trimmed, empty ones dropped. */
  sentences: string[];
  /** Whether the user pasted or pointed at material (brackets, code block, quote). */
  hasMaterial: boolean;
}

// Square brackets stand for pasted material in the corpus and in templates; code blocks
// are pasted material in real use. Neither is the user's own wording.
const materialPattern = /\[[^\]\n]{1,200}\]|```[\s\S]*?```/g;

// A sentence ends at . ! ? or a line break, but not inside "e.g." or "3.5".
const sentenceBreak = /(?<=[.!?;])(?<!\b(?:e\.g|i\.e|bv|bijv|vs|etc|nr|ca)\.)\s+|\n+/u;

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Splits a prompt into prose, words and sentences. */
export function readPrompt(text: string): PromptText {
  const hasMaterial = materialPattern.test(text);
  materialPattern.lastIndex = 0;

  const prose = text
    .replace(materialPattern, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
  const words = prose.toLowerCase().match(wordPattern) ?? [];

  const sentences = prose
    .split(sentenceBreak)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));

  return { prose, words, sentences, hasMaterial };
}

/** Lower-case words of one sentence. */
export function wordsOf(sentence: string): string[] {
  return sentence.toLowerCase().match(wordPattern) ?? [];
}

/** Keeps a value between 0 and 1. */
export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

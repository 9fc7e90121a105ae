/**
 * A copy of a text in which invisible and look-alike characters can no longer hide a
 * value, with a map back to the original offsets.
 */
export interface NormalisedText {
  text: string;
  /** `offsets[i]` is the original offset of normalised character `i`; null when identical. */
  offsets: Int32Array | null;
  originalLength: number;
}

// Soft hyphen, Mongolian vowel separator, zero-width space/joiners, direction marks,
// bidi embeddings, word joiner and invisible operators, BOM: none of them is visible.
const hiddenCharacters = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/;

// NBSP, ogham space, the typographic spaces (en, em, thin, hair, ...), narrow NBSP,
// medium mathematical space and the ideographic space all read as a plain space.
const spaceCharacters = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

const needsWork =
  /[\u00A0\u00AD\u1680\u180E\u2000-\u200F\u202A-\u202F\u205F-\u2064\u3000\uFEFF\uFF01-\uFF5E]/;

const needsWorkAll = new RegExp(needsWork.source, 'g');

/**
 * Removes hidden characters, turns odd spaces into spaces and full-width ASCII into ASCII.
 * Only the characters that need it are replaced; an offset map is built only when hidden
 * characters were removed (every other replacement keeps the offsets as they are).
 */
export function normaliseText(text: string): NormalisedText {
  const normalised = needsWork.test(text) ? text.replace(needsWorkAll, replaceCharacter) : text;
  if (normalised.length === text.length) {
    return { text: normalised, offsets: null, originalLength: text.length };
  }

  const offsets = new Int32Array(normalised.length);
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    // Every hidden character is above U+00AC: ASCII is kept without a test.
    if (text.charCodeAt(index) < 0xad || !hiddenCharacters.test(text[index]!)) {
      offsets[length++] = index;
    }
  }

  return { text: normalised, offsets, originalLength: text.length };
}

function replaceCharacter(character: string): string {
  if (hiddenCharacters.test(character)) return '';
  if (spaceCharacters.test(character)) return ' ';

  // The full-width forms block U+FF01..U+FF5E mirrors ASCII 0x21..0x7E at a fixed distance.
  const code = character.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);

  return character;
}

/** Maps a [start, end) span of the normalised text back onto the original text. */
export function toOriginalSpan(
  normalised: NormalisedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const { offsets } = normalised;
  if (!offsets) return { start, end };

  const originalStart = offsets[start] ?? normalised.originalLength;
  const originalEnd = end > start ? offsets[end - 1]! + 1 : originalStart;
  return { start: originalStart, end: originalEnd };
}

import type { LocalisedText } from '../missing-evidence';

export type { LocalisedText };

/** One multiple-choice question of a lesson's check. */
export interface CheckQuestion {
  question: LocalisedText;
  options: LocalisedText[];
  /** Index into `options` of the right answer. */
  answer: number;
}

/** A short lesson: a few paragraphs to read, then a three-question check. */
export interface Lesson {
  /** Kebab-case id; a passed check is stored as `lesson-check` evidence under it. */
  id: string;
  /** `foundation` lessons ship with Ascent; `organisation` lessons come from the pack. */
  source: 'foundation' | 'organisation';
  title: LocalisedText;
  minutes: number;
  paragraphs: LocalisedText[];
  check: CheckQuestion[];
}

import type { NumberRuns } from './candidates';

/** What kind of sensitive data a finding is; the ids are fixed in VOCABULARY.md. */
export const findingCategories = [
  'secret',
  'financial',
  'government_id',
  'contact',
  'network',
  'confidential',
  'custom',
] as const;

export type FindingCategory = (typeof findingCategories)[number];

/**
 * One piece of sensitive data in a text. It carries where the value is, never the value:
 * findings travel to the side panel and into event counts, the value must not.
 */
export interface Finding {
  category: FindingCategory;
  /** snake_case type id, defined next to its detector (`email`, `credit_card`, ...). */
  type: string;
  /** UTF-16 code unit offset of the first character, into the original text. */
  start: number;
  /** UTF-16 code unit offset just past the last character. */
  end: number;
  /** 0 to 1: a passed checksum or fixed token format is high, a context word lower. */
  confidence: number;
}

/** A finding type as its detector declares it. */
export interface FindingType {
  type: string;
  category: FindingCategory;
}

export interface FindingTypeLabel {
  en: string;
  nl: string;
}

/** A finding type as `ascent types` and the side panel show it. */
export interface FindingTypeInfo extends FindingType {
  label: FindingTypeLabel;
}

/**
 * One detector family (one file in lib/detectors). `detect` must be pure and synchronous:
 * the same code runs in the content script, the background and Node.
 */
export interface Detector {
  id: string;
  types: FindingType[];
  /**
   * A cheap necessary condition: when the text does not match it, `detect` cannot find
   * anything and is skipped. Keeps short prompts fast; must never exclude a real match.
   */
  trigger?: RegExp;
  detect(text: string, context?: ScanContext): Finding[];
}

/** What a detector may know about the reader besides the text. */
export interface ScanContext {
  /** ISO 3166 alpha-2 region used for numbers written without a country code. */
  region?: string;
  /** The text's digit runs, found once per scan and shared by the number detectors. */
  numberRuns?: NumberRuns;
}

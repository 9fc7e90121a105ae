import type { RoleId, TaskKind } from '../roles';
import type { Language } from '../tips';

export type { Language };

/** The rubric's dimensions, drawn from public prompting guidance. */
export const dimensionIds = [
  'task_clarity',
  'context_audience',
  'role_persona',
  'output_format',
  'constraints',
  'examples',
  'decomposition',
  'verification',
] as const;

export type DimensionId = (typeof dimensionIds)[number];

/** Habits that make a prompt worse whatever else it contains. */
export const antiPatternIds = [
  'no_ask',
  'vague_ask',
  'contradictory_constraints',
  'repeated_text',
  'filler_flattery',
  'keyword_stuffing',
] as const;

export type AntiPatternId = (typeof antiPatternIds)[number];

/** Text in both languages the analyzer supports. */
export type Phrase = Record<Language, string>;

export interface DimensionResult {
  /** 0 when the prompt shows nothing of the dimension, 1 when it is fully covered. */
  value: number;
  /** One line the user can read, in the prompt's language. */
  reason: string;
}

/** What a dimension check found, before the reason is put into words. */
export interface DimensionFinding {
  value: number;
  reason: Phrase;
  techniques: string[];
}

export interface Suggestion {
  dimension: DimensionId;
  text: string;
}

export interface AnalyzeOptions {
  role: RoleId;
  lang?: Language;
  taskKind?: TaskKind;
}

export interface PromptAnalysis {
  score: number;
  language: Language;
  taskKind: TaskKind;
  dimensions: Record<DimensionId, DimensionResult>;
  antiPatterns: AntiPatternId[];
  techniques: string[];
  suggestions: Suggestion[];
}

import { clamp01 } from './text';
import type { AntiPatternId, DimensionId } from './types';

/**
 * How much each dimension counts. The ask weighs most: without it nothing else helps.
 * Persona weighs least, because "act as" lines are cheap and often generic.
 */
export const dimensionWeights: Record<DimensionId, number> = {
  task_clarity: 0.26,
  context_audience: 0.16,
  output_format: 0.15,
  constraints: 0.13,
  verification: 0.09,
  decomposition: 0.08,
  examples: 0.07,
  role_persona: 0.06,
};

// Points off the 0..1 score. A missing ask is handled by halving instead, so that a long
// context dump cannot collect its way past a short precise prompt.
const penalties: Record<Exclude<AntiPatternId, 'no_ask'>, number> = {
  vague_ask: 0.08,
  contradictory_constraints: 0.12,
  repeated_text: 0.1,
  filler_flattery: 0.1,
  keyword_stuffing: 0.15,
};

/** The 0..100 score: weighted dimensions, less what the anti-patterns cost. */
export function scorePrompt(
  values: Record<DimensionId, number>,
  antiPatterns: readonly AntiPatternId[],
): number {
  let score = 0;

  for (const [dimension, weight] of Object.entries(dimensionWeights)) {
    score += weight * values[dimension as DimensionId];
  }

  for (const pattern of antiPatterns) {
    if (pattern === 'no_ask') score *= 0.5;
    else score -= penalties[pattern];
  }

  return Math.round(100 * clamp01(score));
}

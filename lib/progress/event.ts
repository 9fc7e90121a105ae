import { z } from 'zod/mini';

import {
  categoryMatchesOutcome,
  guardFields,
  lessonCheckEvidenceShape,
  pasteEvidenceShape,
  submitEvidenceShape,
  templateUseEvidenceShape,
  type SkillEvidence,
} from './evidence';
import {
  findingCountsSchema,
  promptLengthSchema,
  recordIdSchema,
  roleSchema,
  timeSchema,
  toolSchema,
} from './fields';

export { findingCountsSchema, type FindingCounts } from './fields';

/*
 * What the `events` table of IndexedDB holds: the skill evidence, plus for pastes and
 * prompts the finding counts and the text's length. Measures and ids only: no prompt text
 * and no matched value ever goes in here, and every schema is strict so nothing else can.
 */

/** Schema version 1 (first version): a paste or prompt as counts only. */
export const eventV1Schema = z.strictObject({
  id: recordIdSchema,
  time: timeSchema,
  kind: z.enum(['paste', 'submit']),
  tool: toolSchema,
  role: roleSchema,
  findingCounts: findingCountsSchema,
  promptLength: promptLengthSchema,
});

export type EventV1 = z.infer<typeof eventV1Schema>;

const guardedExtras = {
  id: recordIdSchema,
  role: roleSchema,
  findingCounts: findingCountsSchema,
  promptLength: promptLengthSchema,
};

/** A scored prompt: everything the skill model reads about it. */
export const scoredSubmitSchema = z
  .strictObject({ ...submitEvidenceShape, ...guardedExtras })
  .check(categoryMatchesOutcome);

/**
 * A prompt recorded without a score: from schema version 1, or sent by a content script
 * that only reports counts. The skill model reads it as guard evidence alone.
 */
export const unscoredSubmitSchema = z
  .strictObject({
    kind: z.literal('submit'),
    time: timeSchema,
    tool: toolSchema,
    ...guardFields,
    ...guardedExtras,
  })
  .check(categoryMatchesOutcome);

export const pasteEventSchema = z
  .strictObject({ ...pasteEvidenceShape, ...guardedExtras })
  .check(categoryMatchesOutcome);

export const lessonCheckEventSchema = z.strictObject({
  ...lessonCheckEvidenceShape,
  id: recordIdSchema,
});

export const templateUseEventSchema = z.strictObject({
  ...templateUseEvidenceShape,
  id: recordIdSchema,
});

/** One stored event of schema version 2. */
export const progressEventSchema = z.union([
  scoredSubmitSchema,
  unscoredSubmitSchema,
  pasteEventSchema,
  lessonCheckEventSchema,
  templateUseEventSchema,
]);

export type ProgressEvent = z.infer<typeof progressEventSchema>;
export type ScoredSubmitEvent = z.infer<typeof scoredSubmitSchema>;
export type UnscoredSubmitEvent = z.infer<typeof unscoredSubmitSchema>;
export type PasteEvent = z.infer<typeof pasteEventSchema>;
export type GuardedEvent = ScoredSubmitEvent | UnscoredSubmitEvent | PasteEvent;

/** Pastes and prompts: the events the guard looked at, with counts and a length. */
export function isGuarded(event: ProgressEvent): event is GuardedEvent {
  return event.kind === 'submit' || event.kind === 'paste';
}

export function isScoredSubmit(event: ProgressEvent): event is ScoredSubmitEvent {
  return event.kind === 'submit' && 'score' in event;
}

/**
 * The evidence an event gives the skill model. An unscored prompt says only what the guard
 * saw, so it counts as guard evidence (like a paste) and not towards prompt quality.
 */
export function evidenceOf(event: ProgressEvent): SkillEvidence {
  if (event.kind !== 'submit' || isScoredSubmit(event)) return event;

  const { time, tool, outcome, category } = event;
  return category
    ? { kind: 'paste', time, tool, outcome, category }
    : { kind: 'paste', time, tool, outcome };
}

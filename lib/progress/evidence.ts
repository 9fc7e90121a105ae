import { z } from 'zod/mini';

import { dimensionIds } from '../coaching/analyzer/types';
import { taskKinds } from '../coaching/roles';
import { findingCategories } from '../detectors/types';
import { roleSchema, timeSchema, toolSchema } from './fields';

/*
 * The evidence the skill model reads, one record per submitted prompt, paste, lesson check
 * or template use. Like the stored event it holds measures and ids only, never prompt text,
 * answer text or a matched value: every string is an id whose pattern leaves no room for
 * prose. The stored event (event.ts) is this evidence plus finding counts and length.
 */

/** A kebab- or snake-case id (technique, lesson, template): short, no spaces, no text. */
export const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,63}$/));

/** A random id the content script gives a conversation; never its title or URL. */
const conversationIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

const percentSchema = z.number().check(z.int(), z.minimum(0), z.maximum(100));

/**
 * What the guard did with the text. `clean` means nothing the policy acts on: no finding,
 * or only findings the pack allows or monitors.
 */
export const guardOutcomes = ['clean', 'warned', 'redacted', 'blocked', 'overridden'] as const;

export type GuardOutcome = (typeof guardOutcomes)[number];

const common = { time: timeSchema, tool: toolSchema };

export const guardFields = {
  outcome: z.enum(guardOutcomes),
  /** The most severe finding category of the text; present exactly when it was not clean. */
  category: z.optional(z.enum(findingCategories)),
};

// A clean outcome with a category, or a warning without one, is a recording bug.
export const categoryMatchesOutcome = z.refine<{ outcome: GuardOutcome; category?: unknown }>(
  (evidence) => (evidence.outcome === 'clean') === (evidence.category === undefined),
  { message: 'category is required unless the outcome is clean', path: ['category'] },
);

/** The measures of a scored prompt, shared with the stored event that adds counts. */
export const submitEvidenceShape = {
  kind: z.literal('submit'),
  ...common,
  ...guardFields,
  role: roleSchema,
  /** The rubric score of the prompt. */
  score: percentSchema,
  /** The rubric's dimensions, each 0 (absent) to 1 (fully covered). */
  dimensions: z.partialRecord(z.enum(dimensionIds), z.number().check(z.minimum(0), z.maximum(1))),
  techniques: z.array(idSchema).check(z.maxLength(16)),
  taskKind: z.enum(taskKinds),
  conversationId: conversationIdSchema,
  /** The prompt answers the AI's previous answer in the same conversation. */
  followsAnswer: z.boolean(),
  /** The prompt asks the AI to check its answer or to give sources. */
  asksVerification: z.boolean(),
  templateId: z.optional(idSchema),
};

export const submitEvidenceSchema = z
  .strictObject(submitEvidenceShape)
  .check(categoryMatchesOutcome);

export const pasteEvidenceShape = { kind: z.literal('paste'), ...common, ...guardFields };

export const pasteEvidenceSchema = z.strictObject(pasteEvidenceShape).check(categoryMatchesOutcome);

export const lessonCheckEvidenceShape = {
  kind: z.literal('lesson-check'),
  time: common.time,
  // Lessons run in the side panel, so a check usually belongs to no AI tool.
  tool: z.optional(common.tool),
  lessonId: idSchema,
  passed: z.boolean(),
  /** Share of the check's questions answered correctly. */
  score: percentSchema,
};

export const lessonCheckEvidenceSchema = z.strictObject(lessonCheckEvidenceShape);

export const templateUseEvidenceShape = {
  kind: z.literal('template-use'),
  ...common,
  templateId: idSchema,
};

export const templateUseEvidenceSchema = z.strictObject(templateUseEvidenceShape);

/** One piece of evidence; `kind` tells which. Strict: an unknown field is refused. */
export const skillEvidenceSchema = z.discriminatedUnion('kind', [
  submitEvidenceSchema,
  pasteEvidenceSchema,
  lessonCheckEvidenceSchema,
  templateUseEvidenceSchema,
]);

export type SkillEvidence = z.infer<typeof skillEvidenceSchema>;
export type SubmitEvidence = z.infer<typeof submitEvidenceSchema>;
export type PasteEvidence = z.infer<typeof pasteEvidenceSchema>;
export type LessonCheckEvidence = z.infer<typeof lessonCheckEvidenceSchema>;
export type TemplateUseEvidence = z.infer<typeof templateUseEvidenceSchema>;

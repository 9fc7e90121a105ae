import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

import { log } from '../log';
import { idSchema } from './evidence';
import type { Lesson, LocalisedText } from './lessons';

/*
 * The pack in force is stored by the policy engine as `local:packInForce`. Progress only
 * reads its `lessons`, `challenges` and `templates`, and reads them defensively: the item
 * may not exist yet, and an entry that does not fit is skipped, never fatal.
 */

const textSchema = z.union([
  z.string().check(z.minLength(1), z.maxLength(4000)),
  z.object({ en: z.string(), nl: z.optional(z.string()) }),
]);

const packLessonSchema = z.object({
  id: idSchema,
  title: textSchema,
  minutes: z.optional(z.number()),
  paragraphs: z.array(textSchema).check(z.minLength(1)),
  check: z.array(
    z.object({
      question: textSchema,
      options: z.array(textSchema).check(z.minLength(2)),
      answer: z.number().check(z.int(), z.nonnegative()),
    }),
  ),
});

/** A team challenge: do `count` of something in the current week or month. */
export const challengeSchema = z.object({
  id: idSchema,
  title: textSchema,
  kind: z.enum(['template-use', 'prompt', 'verification', 'follow-up', 'lesson-check']),
  templateId: z.optional(idSchema),
  count: z.number().check(z.int(), z.positive()),
  period: z._default(z.enum(['week', 'month']), 'week'),
});

const templateSchema = z.object({ id: idSchema, name: z.optional(textSchema) });

export interface PackChallenge {
  id: string;
  title: LocalisedText;
  kind: z.infer<typeof challengeSchema>['kind'];
  templateId?: string;
  count: number;
  period: 'week' | 'month';
}

export interface PackTemplate {
  id: string;
  name: LocalisedText;
}

export interface PackContent {
  lessons: Lesson[];
  challenges: PackChallenge[];
  templates: PackTemplate[];
}

export const emptyPackContent: PackContent = { lessons: [], challenges: [], templates: [] };

function localised(text: z.infer<typeof textSchema>): LocalisedText {
  return typeof text === 'string'
    ? { en: text, nl: text }
    : { en: text.en, nl: text.nl ?? text.en };
}

/** Keeps the entries of `list` that fit `schema`, logging (by index only) the ones that do not. */
function entries<T>(list: unknown, schema: z.ZodMiniType<T>, what: string): T[] {
  if (!Array.isArray(list)) return [];

  return list.flatMap((item, index) => {
    const result = schema.safeParse(item);
    if (!result.success) log.warn(`pack ${what} ${index} skipped: it does not fit`);
    return result.success ? [result.data] : [];
  });
}

function toLesson(lesson: z.infer<typeof packLessonSchema>): Lesson | undefined {
  const check = lesson.check.filter((question) => question.answer < question.options.length);
  if (check.length === 0) return undefined;

  return {
    id: lesson.id,
    source: 'organisation',
    title: localised(lesson.title),
    minutes: lesson.minutes ?? 2,
    paragraphs: lesson.paragraphs.map(localised),
    check: check.map((question) => ({
      question: localised(question.question),
      options: question.options.map(localised),
      answer: question.answer,
    })),
  };
}

/** The progress content of a pack object as stored; anything missing reads as none. */
export function readPackContent(stored: unknown): PackContent {
  const pack = (stored as { pack?: Record<string, unknown> } | null)?.pack ?? stored;
  if (!pack || typeof pack !== 'object') return emptyPackContent;

  const fields = pack as Record<string, unknown>;
  return {
    lessons: entries(fields.lessons, packLessonSchema, 'lesson').flatMap(
      (lesson) => toLesson(lesson) ?? [],
    ),
    challenges: entries(fields.challenges, challengeSchema, 'challenge').map((challenge) => ({
      ...challenge,
      title: localised(challenge.title),
    })),
    templates: entries(fields.templates, templateSchema, 'template').map((template) => ({
      id: template.id,
      name: localised(template.name ?? template.id),
    })),
  };
}

/** Reads the pack in force from extension storage; no pack (yet) means no extra content. */
export async function loadPackContent(): Promise<PackContent> {
  try {
    return readPackContent(await storage.getItem<unknown>('local:packInForce'));
  } catch (error) {
    log.warn('pack content not read:', error as Error);
    return emptyPackContent;
  }
}

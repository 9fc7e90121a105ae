import { z } from 'zod/mini';

import { findingCategories } from '../detectors/types';
import { roleIds } from '../coaching/roles';

/** Counts of findings per category; a category with no finding is left out. */
export const findingCountsSchema = z.partialRecord(
  z.enum(findingCategories),
  z.number().check(z.int(), z.nonnegative()),
);

export type FindingCounts = z.infer<typeof findingCountsSchema>;

/**
 * One analysed paste or submitted prompt as IndexedDB keeps it. It holds measures only:
 * no prompt text and no matched value ever goes in here.
 */
export const progressEventSchema = z.strictObject({
  id: z.optional(z.number().check(z.int())),
  time: z.number().check(z.int(), z.nonnegative()),
  kind: z.enum(['paste', 'submit']),
  tool: z.string().check(z.minLength(1), z.maxLength(64)),
  role: z.enum(roleIds),
  findingCounts: findingCountsSchema,
  promptLength: z.number().check(z.int(), z.nonnegative()),
});

export type ProgressEvent = z.infer<typeof progressEventSchema>;

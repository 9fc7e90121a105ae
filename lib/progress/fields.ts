import { z } from 'zod/mini';

import { roleIds } from '../coaching/roles';
import { findingCategories } from '../detectors/types';

/*
 * Field schemas shared by the stored event, the skill evidence and the exports. Every
 * string is an id whose pattern leaves no room for prose: nothing here can hold prompt
 * text or a matched value.
 */

export const timeSchema = z.number().check(z.int(), z.nonnegative());

export const toolSchema = z.string().check(z.minLength(1), z.maxLength(64));

export const roleSchema = z.enum(roleIds);

export const recordIdSchema = z.optional(z.number().check(z.int()));

export const promptLengthSchema = z.number().check(z.int(), z.nonnegative());

/** Counts of findings per category; a category with no finding is left out. */
export const findingCountsSchema = z.partialRecord(
  z.enum(findingCategories),
  z.number().check(z.int(), z.nonnegative()),
);

export type FindingCounts = z.infer<typeof findingCountsSchema>;

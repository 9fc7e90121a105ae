import { z } from 'zod/mini';

import { levelIds } from '../coaching/roles';
import { localDay } from './daily';
import type { ProgressOverview } from './overview';
import { skillCatalogue, type SkillId } from './skill-ids';

/*
 * The anonymised summary a learner may share with their team lead: level, skill values and
 * counts. No name, no tool, no text, no value, no dates beyond the day it was made.
 */

const percent = z.number().check(z.int(), z.minimum(0), z.maximum(100));
const count = z.number().check(z.int(), z.nonnegative());
const skillIds = skillCatalogue.map(({ id }) => id) as [SkillId, ...SkillId[]];

export const summarySchema = z.strictObject({
  format: z.literal('ascent-summary'),
  version: z.literal(1),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  level: z.enum(levelIds),
  status: z.enum(['in-progress', 'reached']),
  inactive: z.boolean(),
  skills: z.partialRecord(z.enum(skillIds), percent),
  prompts: count,
  pastes: count,
  activeDays: count,
  lessonsPassed: count,
  medianScore: z.nullable(percent),
  cleanPasteRate: z.nullable(percent),
});

export type ProgressSummary = z.infer<typeof summarySchema>;

const toPercent = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 100);

/** The shareable summary of an overview. */
export function summarise(overview: ProgressOverview, now: number): ProgressSummary {
  const { assessment, totals, quality, cleanPasteRate } = overview;
  const skills = Object.fromEntries(assessment.skills.map((s) => [s.id, toPercent(s.value)]));

  return {
    format: 'ascent-summary',
    version: 1,
    date: localDay(now),
    level: assessment.level,
    status: assessment.status,
    inactive: assessment.inactive,
    skills,
    ...totals,
    lessonsPassed: overview.lessonsPassed.size,
    medianScore: quality.at(-1)?.median ?? null,
    cleanPasteRate: cleanPasteRate === null ? null : toPercent(cleanPasteRate),
  };
}

const plainFields = ['format', 'version', 'date', 'level', 'status', 'inactive'] as const;
const countFields = ['prompts', 'pastes', 'activeDays', 'lessonsPassed'] as const;
const rateFields = ['medianScore', 'cleanPasteRate'] as const;

/** One header row and one value row; skills as `skill:ID` columns. */
export function summaryToCsv(summary: ProgressSummary): string {
  const columns = [
    ...plainFields,
    ...skillIds.map((id) => `skill:${id}`),
    ...countFields,
    ...rateFields,
  ];
  const values = columns.map((column) =>
    column.startsWith('skill:')
      ? String(summary.skills[column.slice(6) as SkillId] ?? '')
      : String(summary[column as keyof ProgressSummary] ?? ''),
  );

  return `${columns.join(',')}\n${values.join(',')}\n`;
}

function csvValue(column: string, raw: string): unknown {
  if (column === 'inactive') return raw === 'true';
  if (column === 'version' || (countFields as readonly string[]).includes(column))
    return Number(raw);
  if ((rateFields as readonly string[]).includes(column)) return raw === '' ? null : Number(raw);

  return raw;
}

function csvToObject(text: string): unknown {
  const [header, row] = text.trim().split(/\r?\n/);
  if (!header || !row) return undefined;

  const columns = header.split(',');
  const values = row.split(',');
  const skills: Record<string, number> = {};
  const summary: Record<string, unknown> = { skills };

  columns.forEach((column, index) => {
    const raw = values[index] ?? '';
    if (column.startsWith('skill:')) {
      if (raw !== '') skills[column.slice(6)] = Number(raw);
    } else summary[column] = csvValue(column, raw);
  });

  return summary;
}

/** Reads a summary file, JSON or CSV; answers the summary or what is wrong with it. */
export function parseSummary(text: string): ProgressSummary | string {
  let data: unknown;
  try {
    data = text.trimStart().startsWith('{') ? JSON.parse(text) : csvToObject(text);
  } catch {
    return 'not JSON';
  }

  const result = summarySchema.safeParse(data);
  if (result.success) return result.data;

  const issue = result.error.issues[0];
  return `not an Ascent summary${issue?.path.length ? ` (${issue.path.join('.')})` : ''}`;
}

export interface TeamDistribution {
  people: number;
  levels: Record<(typeof levelIds)[number], number>;
  /** Average skill value (0..100) per skill, over the summaries that have it. */
  skills: { id: SkillId; average: number }[];
}

/** How a team's shared summaries spread over the levels, and their average skills. */
export function teamDistribution(summaries: readonly ProgressSummary[]): TeamDistribution {
  const levels = Object.fromEntries(
    levelIds.map((level) => [level, 0]),
  ) as TeamDistribution['levels'];
  for (const summary of summaries) levels[summary.level] += 1;

  const skills = skillIds.map((id) => {
    const values = summaries.flatMap((summary) => summary.skills[id] ?? []);
    const average = values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;
    return { id, average: Math.round(average) };
  });

  return { people: summaries.length, levels, skills };
}

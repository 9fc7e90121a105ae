import { z } from 'zod/mini';

import { taskKinds } from '../coaching/roles';
import { idSchema } from './evidence';
import { isScoredSubmit, type ProgressEvent } from './event';
import { findingCountsSchema, toolSchema } from './fields';

export interface DayCount {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  count: number;
}

/** The local calendar day of a time, so "today" matches the user's own clock. */
export function localDay(time: number): string {
  const date = new Date(time);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Events per local day, newest day first, for the days that have any. */
export function countPerDay(events: readonly Pick<ProgressEvent, 'time'>[]): DayCount[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const day = localDay(event.time);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }

  return [...counts]
    .map(([day, count]) => ({ day, count }))
    .sort((a, b) => b.day.localeCompare(a.day));
}

const countSchema = z.number().check(z.int(), z.nonnegative());

/**
 * One local day of events, summed: what old events roll up into, so a year of heavy use
 * stays small. Counts only; the score histogram keeps daily medians exact when merging.
 */
export const dayAggregateSchema = z.strictObject({
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  prompts: countSchema,
  pastes: countSchema,
  lessonChecks: countSchema,
  templateUses: countSchema,
  /** Pastes and prompts the guard looked at, those it found clean, those within policy. */
  guarded: countSchema,
  clean: countSchema,
  withinPolicy: countSchema,
  /** Opening prompts per score (0..100), the same ones the skill model's median reads. */
  scores: z.record(z.string().check(z.regex(/^(100|[1-9]?[0-9])$/)), countSchema),
  techniques: z.record(idSchema, countSchema),
  taskKinds: z.partialRecord(z.enum(taskKinds), countSchema),
  tools: z.record(toolSchema, countSchema),
  findingCounts: findingCountsSchema,
  promptLength: countSchema,
});

export type DayAggregate = z.infer<typeof dayAggregateSchema>;

/** A day with nothing in it yet. */
export function emptyDay(day: string): DayAggregate {
  return {
    day,
    prompts: 0,
    pastes: 0,
    lessonChecks: 0,
    templateUses: 0,
    guarded: 0,
    clean: 0,
    withinPolicy: 0,
    scores: {},
    techniques: {},
    taskKinds: {},
    tools: {},
    findingCounts: {},
    promptLength: 0,
  };
}

function bump<K extends string>(counts: Partial<Record<K, number>>, key: K, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** Adds one event to its day's aggregate. */
export function addToDay(aggregate: DayAggregate, event: ProgressEvent): void {
  if (event.kind === 'lesson-check') return void (aggregate.lessonChecks += 1);
  if (event.kind === 'template-use') return void (aggregate.templateUses += 1);

  if (event.kind === 'paste') aggregate.pastes += 1;
  else aggregate.prompts += 1;

  aggregate.guarded += 1;
  if (event.outcome === 'clean') aggregate.clean += 1;
  if (event.outcome !== 'blocked' && event.outcome !== 'overridden') aggregate.withinPolicy += 1;
  aggregate.promptLength += event.promptLength;
  for (const [category, count] of Object.entries(event.findingCounts)) {
    bump(aggregate.findingCounts, category as keyof DayAggregate['findingCounts'], count);
  }

  if (isScoredSubmit(event)) addScoredSubmit(aggregate, event);
}

function addScoredSubmit(
  aggregate: DayAggregate,
  event: Extract<ProgressEvent, { score: number; kind: 'submit' }>,
): void {
  // Follow-ups are not scored against the rubric (see weekly-buckets.ts): same rule here.
  if (!event.followsAnswer) bump(aggregate.scores, String(event.score));

  for (const technique of event.techniques) bump(aggregate.techniques, technique);
  bump(aggregate.taskKinds, event.taskKind);
  bump(aggregate.tools, event.tool);
}

/**
 * `localDay` for many times in a row. Events come oldest first, so the day found last is
 * usually the answer again, and a date is only worked out when a time leaves it.
 */
function dayFinder(): (time: number) => string {
  let start = Infinity;
  let end = -Infinity;
  let day = '';

  return (time) => {
    if (time >= start && time < end) return day;

    const midnight = new Date(time);
    midnight.setHours(0, 0, 0, 0);
    const next = new Date(midnight);
    next.setDate(next.getDate() + 1);
    [start, end, day] = [midnight.getTime(), next.getTime(), localDay(time)];
    return day;
  };
}

/** Events summed per local day. */
export function aggregateByDay(events: readonly ProgressEvent[]): Map<string, DayAggregate> {
  const days = new Map<string, DayAggregate>();
  const dayOf = dayFinder();

  for (const event of events) {
    const day = dayOf(event.time);
    const aggregate = days.get(day) ?? emptyDay(day);
    addToDay(aggregate, event);
    days.set(day, aggregate);
  }

  return days;
}

function mergeCounts<K extends string>(
  into: Partial<Record<K, number>>,
  from: Partial<Record<K, number>>,
): void {
  for (const [key, count] of Object.entries(from)) bump(into, key as K, count as number);
}

/** The sum of two aggregates of the same day. */
export function mergeDays(first: DayAggregate, second: DayAggregate): DayAggregate {
  const merged = structuredClone(first);
  const sums = ['prompts', 'pastes', 'lessonChecks', 'templateUses', 'guarded'] as const;
  for (const key of [...sums, 'clean', 'withinPolicy', 'promptLength'] as const) {
    merged[key] += second[key];
  }

  mergeCounts(merged.scores, second.scores);
  mergeCounts(merged.techniques, second.techniques);
  mergeCounts(merged.taskKinds, second.taskKinds);
  mergeCounts(merged.tools, second.tools);
  mergeCounts(merged.findingCounts, second.findingCounts);
  return merged;
}

export interface DailyQuality {
  day: string;
  /** Median opening-prompt score, with the middle half of the day's scores as a band. */
  median: number;
  low: number;
  high: number;
  prompts: number;
}

/**
 * The score at quantile `q` of a sparse histogram. The band's edges round outwards, so
 * a day of three prompts shows its lowest and highest as the band, not the median twice.
 */
function quantile(histogram: Record<string, number>, total: number, q: number): number {
  const exact = q * (total - 1);
  const rank = q < 0.5 ? Math.floor(exact) : q > 0.5 ? Math.ceil(exact) : Math.round(exact);
  let seen = 0;

  for (let score = 0; score <= 100; score++) {
    seen += histogram[score] ?? 0;
    if (seen > rank) return score;
  }

  return 100;
}

/** The quality chart's series: one point per day with scored prompts, oldest first. */
export function dailyQuality(days: Iterable<DayAggregate>): DailyQuality[] {
  const points: DailyQuality[] = [];

  for (const aggregate of days) {
    const total = Object.values(aggregate.scores).reduce((sum, count) => sum + count, 0);
    if (total === 0) continue;

    points.push({
      day: aggregate.day,
      median: quantile(aggregate.scores, total, 0.5),
      low: quantile(aggregate.scores, total, 0.25),
      high: quantile(aggregate.scores, total, 0.75),
      prompts: total,
    });
  }

  return points.sort((a, b) => a.day.localeCompare(b.day));
}

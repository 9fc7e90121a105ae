import { z } from 'zod/mini';

import { levelIds } from '../coaching/roles';
import type { AscentDatabase } from './db';
import { dayAggregateSchema, type DayAggregate } from './daily';
import { progressEventSchema, type ProgressEvent } from './event';
import { addEvents, readEvents } from './event-store';
import { raiseLevelFloor, readLevelFloor } from './level-floor';

/**
 * The learner's whole history as one JSON file, to move it to another browser or keep a
 * copy. Measures and ids only, like the database itself: the strict schemas refuse text.
 */
export const historyFileSchema = z.strictObject({
  format: z.literal('ascent-history'),
  version: z.literal(1),
  exportedAt: z.number(),
  events: z.array(progressEventSchema),
  days: z.array(dayAggregateSchema),
  levelReached: z.optional(z.enum(levelIds)),
});

export type HistoryFile = z.infer<typeof historyFileSchema>;

/** Everything stored, without database ids (an import gives new ones). */
export async function exportHistory(database: AscentDatabase, now: number): Promise<HistoryFile> {
  const events = await readEvents(database);
  const levelReached = await readLevelFloor(database);

  return {
    format: 'ascent-history',
    version: 1,
    exportedAt: now,
    events: events.map(({ id: _id, ...event }) => event as ProgressEvent),
    days: await database.days.toArray(),
    ...(levelReached ? { levelReached } : {}),
  };
}

export type ImportResult =
  { ok: true; added: number; skipped: number } | { ok: false; problem: string };

/** Checks a file's text; a bad file is described by its first problem and its JSON path. */
export function parseHistoryFile(text: string): HistoryFile | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'the file is not JSON';
  }

  const result = historyFileSchema.safeParse(json);
  if (result.success) return result.data;

  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return `the file is not an Ascent history${where}: ${issue?.message ?? 'unknown problem'}`;
}

/** JSON with keys sorted at every depth: the parser and the database order keys differently. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);

  const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
}

const eventKey = ({ id: _id, ...event }: ProgressEvent) => canonical(event);

/**
 * Adds a checked history to what is stored. Nothing stored is overwritten: an event
 * already present is skipped, a rolled-up day already present is kept as it is.
 */
export async function importHistory(database: AscentDatabase, text: string): Promise<ImportResult> {
  const file = parseHistoryFile(text);
  if (typeof file === 'string') return { ok: false, problem: file };

  const tables = [database.events, database.summaries, database.days, database.meta];
  return database.transaction('rw', tables, async () => {
    const known = new Set((await readEvents(database)).map(eventKey));
    const fresh = file.events.filter((event) => !known.has(eventKey(event)));
    const newDays = await missingDays(database, file.days);

    await addEvents(
      database,
      fresh.map(({ id: _id, ...event }) => event as ProgressEvent),
    );
    await database.days.bulkAdd(newDays);
    if (file.levelReached) await raiseLevelFloor(database, file.levelReached);

    const added = fresh.length + newDays.length;
    return { ok: true, added, skipped: file.events.length + file.days.length - added };
  });
}

async function missingDays(
  database: AscentDatabase,
  days: readonly DayAggregate[],
): Promise<DayAggregate[]> {
  const stored = await database.days.bulkGet(days.map(({ day }) => day));
  return days.filter((_, index) => stored[index] === undefined);
}

/** "Delete my data": every event, summary, rolled-up day and progress mark, gone for good. */
export async function deleteAllProgress(database: AscentDatabase): Promise<void> {
  const tables = [database.events, database.summaries, database.days, database.meta];
  await database.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
  });
}

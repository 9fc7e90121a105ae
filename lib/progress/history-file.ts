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

/**
 * Why a file is not a history Ascent can import, for the progress page to word in the
 * reader's language. Paths are dotted (`events.3.kind`); nothing of the file's values.
 */
export type HistoryProblem =
  | { kind: 'not-json' }
  | { kind: 'not-history' }
  | { kind: 'unknown-version'; version: number }
  | { kind: 'missing'; path: string }
  | { kind: 'unknown-field'; path: string; fields: string }
  | { kind: 'wrong-value'; path: string };

export type ImportResult =
  | { ok: true; added: number; skipped: number }
  | { ok: false; problem: string; reason: HistoryProblem };

/** A problem in English words, as parseHistoryFile and importHistory report it. */
export function describeHistoryProblem(problem: HistoryProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return 'the file is not JSON';
    case 'not-history':
      return 'the file is not an Ascent history: its "format" field is missing or is not "ascent-history"';
    case 'unknown-version':
      return `the file is an Ascent history of version ${problem.version}, which this version of Ascent cannot read`;
    case 'missing':
      return `the field ${problem.path} is missing`;
    case 'unknown-field':
      return problem.path
        ? `the record at ${problem.path} has a field Ascent never stores: ${problem.fields}`
        : `the file has a field Ascent never stores: ${problem.fields}`;
    case 'wrong-value':
      return `the value at ${problem.path} is not one Ascent writes`;
  }
}

/** Checks a file's text; a bad file is described by its first problem and its path. */
export function checkHistoryFile(
  text: string,
): { file: HistoryFile } | { problem: HistoryProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: { kind: 'not-json' } };
  }

  // The format and version first: another file's every field would be a problem otherwise.
  const { format, version } = isRecord(json) ? json : {};
  if (format !== 'ascent-history') return { problem: { kind: 'not-history' } };
  if (typeof version === 'number' && version !== 1)
    return { problem: { kind: 'unknown-version', version } };

  const result = historyFileSchema.safeParse(json);
  if (result.success) return { file: result.data };

  return { problem: issueProblem(result.error.issues[0]!, json) };
}

/** Checks a file's text; a bad file is described in English by its first problem. */
export function parseHistoryFile(text: string): HistoryFile | string {
  const checked = checkHistoryFile(text);
  return 'file' in checked ? checked.file : describeHistoryProblem(checked.problem);
}

type Issue = z.core.$ZodIssue;

function issueProblem(issue: Issue, json: unknown): HistoryProblem {
  // An event may be of several kinds: follow the one of its own kind with fewest problems.
  if (issue.code === 'invalid_union') {
    const distance = (errors: Issue[]) =>
      errors.length + (errors.some((error) => error.path[0] === 'kind') ? 1000 : 0);
    const closest = [...issue.errors].sort((a, b) => distance(a) - distance(b))[0]?.[0];
    if (closest) return issueProblem({ ...closest, path: [...issue.path, ...closest.path] }, json);
  }

  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const fields = issue.keys.map((key) => JSON.stringify(key)).join(', ');
    return { kind: 'unknown-field', path, fields };
  }

  return valueAt(json, issue.path) === undefined
    ? { kind: 'missing', path }
    : { kind: 'wrong-value', path };
}

function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at an issue's path; arrays are indexed like records. */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path)
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined;
  return value;
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
  const checked = checkHistoryFile(text);
  if ('problem' in checked)
    return { ok: false, problem: describeHistoryProblem(checked.problem), reason: checked.problem };

  const { file } = checked;

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

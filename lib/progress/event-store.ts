import type { Collection } from 'dexie';

import { localDay } from './daily';
import { addToSummary, summarizeByDay, type DaySummary } from './day-summary';
import type { AscentDatabase } from './db';
import type { ProgressEvent } from './event';
import { packEvent, unpackEvent, type PackedEvent } from './packed-event';

/*
 * Every read and write of the `events` table: the rest of Ascent works with whole
 * `ProgressEvent`s and never sees the packed form the table keeps.
 */

/**
 * Stores one event that already passed its schema and adds it to its day's summary, in one
 * transaction so the summaries never drift from the events; answers its id.
 */
export async function addEvent(database: AscentDatabase, event: ProgressEvent): Promise<number> {
  return database.transaction('rw', database.events, database.summaries, async () => {
    const id = (await database.events.add(packEvent(event))) as number;
    const day = localDay(event.time);
    const stored = await database.summaries.get(day);

    await database.summaries.put(withEvent(stored, day, event));
    return id;
  });
}

function withEvent(stored: DaySummary | undefined, day: string, event: ProgressEvent) {
  if (!stored) return summarizeByDay([event]).get(day)!;

  addToSummary(stored, event);
  return stored;
}

/** Stores checked events in one go (an import, a test's history), summaries with them. */
export async function addEvents(
  database: AscentDatabase,
  events: readonly ProgressEvent[],
): Promise<void> {
  await database.transaction('rw', database.events, database.summaries, async () => {
    await database.events.bulkAdd(events.map(packEvent));
    await resummarizeDays(database, new Set(events.map(({ time }) => localDay(time))));
  });
}

/** Sums these days again from their stored events, after a bulk add or a deletion. */
export async function resummarizeDays(
  database: AscentDatabase,
  days: ReadonlySet<string>,
): Promise<void> {
  for (const day of days) {
    const [start, end] = dayBounds(day);
    const packed = await database.events.where('t').between(start, end, true, false).toArray();
    const summary = summarizeByDay(packed.map(unpackEvent)).get(day);

    if (summary) await database.summaries.put(summary);
    else await database.summaries.delete(day);
  }
}

/** Local midnight starting `day` and the next. */
function dayBounds(day: string): [number, number] {
  const [year, month, date] = day.split('-').map(Number);
  return [
    new Date(year!, month! - 1, date!).getTime(),
    new Date(year!, month! - 1, date! + 1).getTime(),
  ];
}

/** The summaries of every stored day, oldest first. */
export async function readSummaries(database: AscentDatabase): Promise<DaySummary[]> {
  return database.summaries.toArray();
}

/** Stored events at or after `since` (all of them without), oldest first. */
export async function readEvents(database: AscentDatabase, since = 0): Promise<ProgressEvent[]> {
  const packed = await database.events.where('t').aboveOrEqual(since).toArray();
  return packed.map(unpackEvent);
}

/** The stored events before `cutoff`, to read and delete together in a roll-up. */
export function eventsBefore(
  database: AscentDatabase,
  cutoff: number,
): Collection<PackedEvent, number> {
  return database.events.where('t').below(cutoff) as Collection<PackedEvent, number>;
}

/**
 * Deletes the events with these ids in as few id ranges as possible. Chromium deletes
 * record by record at ~1.6 ms each (80 s for half a year of heavy use), a range at once.
 */
export async function deleteEvents(
  database: AscentDatabase,
  ids: readonly number[],
): Promise<void> {
  const doomed = new Set(ids);
  const runs: [number, number][] = [];
  let run: [number, number] | undefined;

  for (const key of (await database.events.toCollection().primaryKeys()) as number[]) {
    if (!doomed.has(key)) run = undefined;
    else if (run) run[1] = key;
    else runs.push((run = [key, key]));
  }

  for (const [first, last] of runs) {
    await database.events.where(':id').between(first, last, true, true).delete();
  }
}

/** The most recent events, newest first. */
export async function latestEvents(database: AscentDatabase, limit = 10): Promise<ProgressEvent[]> {
  const packed = await database.events.orderBy('t').reverse().limit(limit).toArray();
  return packed.map(unpackEvent);
}

/** The time of the oldest stored event, or undefined when there is none. */
export async function oldestEventTime(database: AscentDatabase): Promise<number | undefined> {
  return (await database.events.orderBy('t').first())?.t;
}

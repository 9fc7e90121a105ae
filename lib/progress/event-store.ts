import type { Collection } from 'dexie';

import type { AscentDatabase } from './db';
import type { ProgressEvent } from './event';
import { packEvent, unpackEvent, type PackedEvent } from './packed-event';

/*
 * Every read and write of the `events` table: the rest of Ascent works with whole
 * `ProgressEvent`s and never sees the packed form the table keeps.
 */

/** Stores one event that already passed its schema; answers its id. */
export async function addEvent(database: AscentDatabase, event: ProgressEvent): Promise<number> {
  return database.events.add(packEvent(event)) as Promise<number>;
}

/** Stores checked events in one go (an import, a test's history). */
export async function addEvents(
  database: AscentDatabase,
  events: readonly ProgressEvent[],
): Promise<void> {
  await database.events.bulkAdd(events.map(packEvent));
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

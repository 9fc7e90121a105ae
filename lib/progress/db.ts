import Dexie, { type EntityTable, type Transaction } from 'dexie';

import type { DayAggregate } from './daily';
import { summarizeByDay, type DaySummary } from './day-summary';
import type { EventV1, ProgressEvent } from './event';
import { guardOf, outcomeFromCounts } from './outcome';
import { packEvent, unpackEvent, type PackedEvent } from './packed-event';

/** A small setting or mark kept with the history (highest level reached, last roll-up). */
export interface MetaRecord {
  key: string;
  value: string | number;
}

/** Table layouts per schema version; an upgrade test opens every earlier one. */
export const schemaVersions = {
  1: { events: '++id, time, tool, kind' },
  2: { events: '++id, time, tool, kind', days: 'day', meta: 'key' },
  // Packed events (packed-event.ts): a third of the size; nothing read `tool` or `kind`.
  3: { events: '++id, t', days: 'day', meta: 'key' },
  // Per-day summaries of the stored events (day-summary.ts): the panel reads these.
  4: { events: '++id, t', days: 'day', meta: 'key', summaries: 'day' },
} as const;

export const currentSchemaVersion = 4;

/**
 * Ascent's IndexedDB, in the extension's own origin (background and extension pages share
 * it). Every schema change adds a version here with its upgrade; none is ever edited.
 */
export class AscentDatabase extends Dexie {
  /** Read and written through event-store.ts, which packs and unpacks. */
  events!: EntityTable<PackedEvent, 'id'>;
  days!: EntityTable<DayAggregate, 'day'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  /** Kept in step with `events` by event-store.ts, in the same transactions. */
  summaries!: EntityTable<DaySummary, 'day'>;

  constructor(name = 'ascent') {
    super(name);

    this.version(1).stores(schemaVersions[1]);
    this.version(2).stores(schemaVersions[2]).upgrade(addGuardOutcomes);
    this.version(3).stores(schemaVersions[3]).upgrade(packEvents);
    this.version(4).stores(schemaVersions[4]).upgrade(summarizeEvents);
  }
}

/** Version 2: events carry the guard's outcome, so the skill model can read them. */
async function addGuardOutcomes(transaction: Transaction): Promise<void> {
  await transaction
    .table('events')
    .toCollection()
    .modify((event: EventV1 & Partial<ProgressEvent>) => {
      Object.assign(event, guardOf(outcomeFromCounts(event.findingCounts), event.findingCounts));
    });
}

/** Version 3: every event in its packed form, id kept, so nothing is lost or renumbered. */
async function packEvents(transaction: Transaction): Promise<void> {
  await transaction
    .table('events')
    .toCollection()
    .modify((event: ProgressEvent, ref: { value: unknown }) => {
      ref.value = packEvent(event);
    });
}

/** Version 4: the day summaries of every stored event, built once from the events. */
async function summarizeEvents(transaction: Transaction): Promise<void> {
  const packed = (await transaction.table('events').toArray()) as PackedEvent[];
  const summaries = summarizeByDay(packed.map(unpackEvent));

  await transaction.table('summaries').bulkPut([...summaries.values()]);
}

let database: AscentDatabase | undefined;

/** The one database handle of this context, opened on first use. */
export function getDatabase(): AscentDatabase {
  database ??= new AscentDatabase();
  return database;
}

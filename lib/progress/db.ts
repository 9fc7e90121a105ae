import Dexie, { type EntityTable } from 'dexie';

import type { ProgressEvent } from './event';

/**
 * Ascent's IndexedDB, in the extension's own origin (background and extension pages share
 * it). Every schema change adds a version here with its upgrade; none is ever edited.
 */
export class AscentDatabase extends Dexie {
  events!: EntityTable<ProgressEvent, 'id'>;

  constructor(name = 'ascent') {
    super(name);

    this.version(1).stores({ events: '++id, time, tool, kind' });
  }
}

let database: AscentDatabase | undefined;

/** The one database handle of this context, opened on first use. */
export function getDatabase(): AscentDatabase {
  database ??= new AscentDatabase();
  return database;
}

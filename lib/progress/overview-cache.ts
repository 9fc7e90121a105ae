import type { AscentDatabase } from './db';
import { localDay } from './daily';
import type { ProgressOverview } from './overview';
import type { PackContent } from './pack-content';

/*
 * The last overview worked out, kept in the `meta` table. Replaying months of weekly
 * checkpoints is the slow part of opening the panel; as long as no event was added or
 * removed, the pack is the same and the day has not changed, the answer is too.
 */

const cacheKey = 'overview-cache';

/** A cached overview older than this is worked out again, so week boundaries move on. */
const maxAgeMs = 60 * 60 * 1000;

interface CachedOverview {
  stamp: string;
  computedAt: number;
  overview: Omit<ProgressOverview, 'lessonsPassed'> & { lessonsPassed: string[] };
}

/**
 * What the cached overview depends on: the newest event id and the number of events (any
 * add, import, roll-up or deletion changes one of them), the rolled-up days, the level kept
 * and the pack's lessons, challenges and templates.
 */
export async function historyStamp(database: AscentDatabase, pack: PackContent): Promise<string> {
  const [lastId, events, days, floor] = await Promise.all([
    database.events.toCollection().lastKey(),
    database.events.count(),
    database.days.count(),
    database.meta.get('highest-level'),
  ]);

  return JSON.stringify([lastId, events, days, floor?.value, pack]);
}

/** The cached overview, if it still answers for this history, pack and moment. */
export async function readCachedOverview(
  database: AscentDatabase,
  stamp: string,
  now: number,
): Promise<ProgressOverview | undefined> {
  const record = await database.meta.get(cacheKey);
  if (typeof record?.value !== 'string') return undefined;

  const cached = JSON.parse(record.value) as CachedOverview;
  const fresh =
    cached.stamp === stamp &&
    now >= cached.computedAt &&
    now - cached.computedAt < maxAgeMs &&
    localDay(now) === localDay(cached.computedAt);

  return fresh
    ? { ...cached.overview, lessonsPassed: new Set(cached.overview.lessonsPassed) }
    : undefined;
}

/** Keeps the overview for the next opening of the panel. */
export async function cacheOverview(
  database: AscentDatabase,
  stamp: string,
  overview: ProgressOverview,
  now: number,
): Promise<void> {
  const cached: CachedOverview = {
    stamp,
    computedAt: now,
    overview: { ...overview, lessonsPassed: [...overview.lessonsPassed] },
  };

  await database.meta.put({ key: cacheKey, value: JSON.stringify(cached) });
}

import { levelIds, type LevelId } from '../coaching/roles';
import type { AscentDatabase } from './db';

const key = 'highest-level';

/**
 * The highest level ever reached. The skill model replays the raw events, but old events
 * roll up into daily aggregates it cannot replay, so the level they earned is kept here:
 * a level is never lost to idleness or to the roll-up.
 */
export async function readLevelFloor(database: AscentDatabase): Promise<LevelId | undefined> {
  const record = await database.meta.get(key);
  return levelIds.find((level) => level === record?.value);
}

/** Raises the kept level to `level` when that is higher; never lowers it. */
export async function raiseLevelFloor(database: AscentDatabase, level: LevelId): Promise<void> {
  const current = await readLevelFloor(database);
  if (current && levelIds.indexOf(current) >= levelIds.indexOf(level)) return;

  await database.meta.put({ key, value: level });
}

/** The higher of two levels; `undefined` counts as none. */
export function higherLevel(first: LevelId, second: LevelId | undefined): LevelId {
  if (!second) return first;

  return levelIds.indexOf(second) > levelIds.indexOf(first) ? second : first;
}

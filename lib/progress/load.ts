import type { AscentDatabase } from './db';
import type { LessonCheckEvidence } from './evidence';
import { addEvent, readEvents } from './event-store';
import { raiseLevelFloor, readLevelFloor } from './level-floor';
import { lessonsInForce, type Lesson } from './lessons';
import { buildOverview, type ProgressOverview } from './overview';
import { cacheOverview, historyStamp, readCachedOverview } from './overview-cache';
import type { PackContent } from './pack-content';
import { modelWindowWeeks, weekMs } from './thresholds';

export interface LoadedProgress {
  overview: ProgressOverview;
  lessons: Lesson[];
}

/**
 * Works out the panel's view: from the cache while the history is unchanged, else from
 * the weeks the skill model replays and the rolled-up days. A level reached now is kept,
 * so a later roll-up of the events behind it cannot take it away.
 */
export async function loadProgress(
  database: AscentDatabase,
  pack: PackContent,
  now: number,
): Promise<LoadedProgress> {
  const lessons = lessonsInForce(pack.lessons);
  const stamp = await historyStamp(database, pack);
  const cached = await readCachedOverview(database, stamp, now);
  if (cached) return { overview: cached, lessons };

  const overview = await computeOverview(database, pack, lessons, now);
  await cacheOverview(database, await historyStamp(database, pack), overview, now);
  return { overview, lessons };
}

// TODO [2027-01-15]: worked out without the cache, a year of heavy use still takes ~1.7 s to
// show in `npm run bench` (goal 500 ms): reading ~50,000 packed events is most of it. Keep
// weekly buckets up to date in the background so the panel reads a few dozen records.
async function computeOverview(
  database: AscentDatabase,
  pack: PackContent,
  lessons: readonly Lesson[],
  now: number,
): Promise<ProgressOverview> {
  // Older weeks weigh next to nothing (thresholds.ts): the model needs only these.
  const [events, days, levelFloor] = await Promise.all([
    readEvents(database, now - modelWindowWeeks * weekMs),
    database.days.toArray(),
    readLevelFloor(database),
  ]);
  const lessonIds = lessons.filter((lesson) => lesson.source === 'foundation').map((l) => l.id);
  const overview = buildOverview({ events, days, levelFloor, pack, lessonIds, now });

  if (overview.assessment.status === 'reached' && overview.assessment.level !== levelFloor) {
    await raiseLevelFloor(database, overview.assessment.level);
  }

  return overview;
}

/** Stores a finished lesson check: evidence for understanding AI, never the answers. */
export async function recordLessonCheck(
  database: AscentDatabase,
  evidence: LessonCheckEvidence,
): Promise<void> {
  await addEvent(database, evidence);
}

import type { AscentDatabase } from './db';
import type { LessonCheckEvidence } from './evidence';
import { addEvent, readSummaries } from './event-store';
import { raiseLevelFloor, readLevelFloor } from './level-floor';
import { lessonsInForce, type Lesson } from './lessons';
import { buildOverview, type ProgressOverview } from './overview';
import { cacheOverview, historyStamp, readCachedOverview } from './overview-cache';
import type { PackContent } from './pack-content';

export interface LoadedProgress {
  overview: ProgressOverview;
  lessons: Lesson[];
}

/**
 * Works out the panel's view: from the cache while the history is unchanged, else from
 * the day summaries the background keeps and the rolled-up days. A level reached now is kept,
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

async function computeOverview(
  database: AscentDatabase,
  pack: PackContent,
  lessons: readonly Lesson[],
  now: number,
): Promise<ProgressOverview> {
  // One summary per day with events still stored: a few hundred small records.
  const [summaries, days, levelFloor] = await Promise.all([
    readSummaries(database),
    database.days.toArray(),
    readLevelFloor(database),
  ]);
  const lessonIds = lessons.filter((lesson) => lesson.source === 'foundation').map((l) => l.id);
  const overview = buildOverview({ summaries, days, levelFloor, pack, lessonIds, now });

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

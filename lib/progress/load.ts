import type { AscentDatabase } from './db';
import type { LessonCheckEvidence } from './evidence';
import { raiseLevelFloor, readLevelFloor } from './level-floor';
import { lessonsInForce, type Lesson } from './lessons';
import { buildOverview, type ProgressOverview } from './overview';
import type { PackContent } from './pack-content';

export interface LoadedProgress {
  overview: ProgressOverview;
  lessons: Lesson[];
}

// TODO [2027-01-15]: a year of heavy use (100,000 events) takes ~3.6 s to show in `npm run
// bench` against a 500 ms goal: read only the weeks the model replays, cache the assessment.
/**
 * Reads the whole stored history and works out the panel's view. A level reached now is
 * kept, so a later roll-up of the events behind it cannot take it away.
 */
export async function loadProgress(
  database: AscentDatabase,
  pack: PackContent,
  now: number,
): Promise<LoadedProgress> {
  const [events, days, levelFloor] = await Promise.all([
    database.events.toArray(),
    database.days.toArray(),
    readLevelFloor(database),
  ]);
  const lessons = lessonsInForce(pack.lessons);
  const lessonIds = lessons.filter((lesson) => lesson.source === 'foundation').map((l) => l.id);
  const overview = buildOverview({ events, days, levelFloor, pack, lessonIds, now });

  if (overview.assessment.status === 'reached' && overview.assessment.level !== levelFloor) {
    await raiseLevelFloor(database, overview.assessment.level);
  }

  return { overview, lessons };
}

/** Stores a finished lesson check: evidence for understanding AI, never the answers. */
export async function recordLessonCheck(
  database: AscentDatabase,
  evidence: LessonCheckEvidence,
): Promise<void> {
  await database.events.add(evidence);
}

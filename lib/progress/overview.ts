import { levelIds, type LevelId } from '../coaching/roles';
import { challengeProgressOfDays, type ChallengeProgress } from './challenges';
import { dailyQuality, localDay, mergeDays, type DailyQuality, type DayAggregate } from './daily';
import type { DaySummary } from './day-summary';
import { higherLevel } from './level-floor';
import type { PackContent } from './pack-content';
import { practiseNext, type PractiseNext } from './practise-next';
import { assessSkills, type SkillAssessment } from './skill-model';
import { dayMs } from './thresholds';

/** Everything the progress panel shows, worked out from the stored history. */
export interface ProgressOverview {
  assessment: SkillAssessment;
  quality: DailyQuality[];
  /** Techniques in the last 90 days, most used first. */
  techniques: { id: string; count: number }[];
  /** Share of pastes found clean in the last 28 days; null without pastes. */
  cleanPasteRate: number | null;
  /** Consecutive active days up to today (or up to yesterday, if today is still empty). */
  streak: number;
  lessonsPassed: Set<string>;
  totals: { prompts: number; pastes: number; activeDays: number };
  challenges: ChallengeProgress[];
  next: PractiseNext | null;
  /** No prompt, paste, lesson or template use at all: the panel says how to start. */
  empty: boolean;
}

export interface OverviewInput {
  /** The day summaries of the stored events (day-summary.ts). */
  summaries: readonly DaySummary[];
  /** Rolled-up days (older than the roll-up period). */
  days: readonly DayAggregate[];
  /** The highest level kept from before the roll-up. */
  levelFloor?: LevelId;
  pack: PackContent;
  lessonIds: readonly string[];
  now: number;
}

/** The panel's view of the history: level, chart series, rates, streak, next step. */
export function buildOverview(input: OverviewInput): ProgressOverview {
  const { summaries, now } = input;
  const days = summaries.map(({ day, skills }) => ({ day, skills }));
  const assessment = withFloor(
    assessSkills({ days }, { now, lessons: input.lessonIds }),
    input.levelFloor,
  );
  const allDays = mergeAllDays(input.days, summaries);
  const lessonsPassed = new Set(summaries.flatMap(({ skills }) => skills.lessonsPassed));

  return {
    assessment,
    quality: dailyQuality(allDays.values()),
    techniques: techniquesSince(allDays, localDay(now - 90 * dayMs)),
    cleanPasteRate: cleanPasteRate(summaries, localDay(now - 28 * dayMs)),
    streak: streak(allDays, now),
    lessonsPassed,
    totals: totalsOf(allDays),
    challenges: challengeProgressOfDays(input.pack.challenges, summaries, now),
    next: practiseNext(assessment, lessonsPassed, input.pack.templates),
    empty: summaries.length === 0 && input.days.length === 0,
  };
}

/**
 * A level kept from rolled-up history counts like one the model replayed, unless a
 * security hold applies: the hold outranks every level, as in the model itself.
 */
function withFloor(assessment: SkillAssessment, floor: LevelId | undefined): SkillAssessment {
  const held = assessment.missing.some((item) => item.skill === 'clean-weeks');
  if (!floor || held) return assessment;

  const level = assessment.status === 'reached' ? higherLevel(assessment.level, floor) : floor;
  if (level === assessment.level && assessment.status === 'reached') return assessment;

  const nextLevel = levelIds[levelIds.indexOf(level) + 1] ?? null;
  return { ...assessment, level, status: 'reached', nextLevel };
}

function mergeAllDays(
  stored: readonly DayAggregate[],
  recent: readonly DaySummary[],
): Map<string, DayAggregate> {
  const days = new Map(recent.map(({ day, aggregate }) => [day, aggregate]));
  for (const day of stored) {
    const fresh = days.get(day.day);
    days.set(day.day, fresh ? mergeDays(day, fresh) : day);
  }

  return days;
}

function techniquesSince(days: Map<string, DayAggregate>, since: string) {
  const counts = new Map<string, number>();
  for (const day of days.values()) {
    if (day.day < since) continue;
    for (const [id, count] of Object.entries(day.techniques)) {
      counts.set(id, (counts.get(id) ?? 0) + count);
    }
  }

  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}

/** Pastes found clean since the local day `since`, whole days. */
function cleanPasteRate(summaries: readonly DaySummary[], since: string): number | null {
  let pastes = 0;
  let clean = 0;
  for (const { day, aggregate, challenges } of summaries) {
    if (day < since) continue;
    pastes += aggregate.pastes;
    clean += challenges.cleanPastes;
  }

  return pastes === 0 ? null : clean / pastes;
}

function totalsOf(days: Map<string, DayAggregate>): ProgressOverview['totals'] {
  const totals = { prompts: 0, pastes: 0, activeDays: 0 };
  for (const day of days.values()) {
    totals.prompts += day.prompts;
    totals.pastes += day.pastes;
    if (isActive(day)) totals.activeDays += 1;
  }

  return totals;
}

const isActive = (day: DayAggregate | undefined) =>
  day !== undefined && day.prompts + day.pastes + day.templateUses > 0;

function streak(days: Map<string, DayAggregate>, now: number): number {
  // Today may simply not have started yet: a streak up to yesterday still stands.
  let time = isActive(days.get(localDay(now))) ? now : now - dayMs;
  let count = 0;

  while (isActive(days.get(localDay(time)))) {
    count += 1;
    time -= dayMs;
  }

  return count;
}

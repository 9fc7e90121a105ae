import { levelIds, type LevelId } from '../coaching/roles';
import type { SkillEvidence } from './evidence';
import {
  describeHold,
  describePracticeGap,
  describeSkillGap,
  type MissingEvidence,
  type SkillGap,
} from './missing-evidence';
import { securityHold, type SecurityHold } from './security-hold';
import { skillCatalogue, type SkillId } from './skill-ids';
import { skillMeasures, weightedWeeks, type MeasureContext } from './skill-measures';
import { dayMs, thresholds, type Requirement } from './thresholds';
import { skillDaysOf } from './day-summary';
import { bucketDays, type DatedSkillDay, type WeekBucket } from './weekly-buckets';

export type SkillTrend = 'rising' | 'steady' | 'falling';

export interface SkillValue {
  id: SkillId;
  level: LevelId;
  /** 0 to 1, recent evidence weighing more. */
  value: number;
  /** Pieces of evidence behind the value, over the whole history. */
  evidenceCount: number;
  /** Compared with the value `thresholds.trendWeeks` weeks ago. */
  trend: SkillTrend;
}

export interface SkillAssessment {
  /** The highest level reached; foundation while nothing is reached yet. */
  level: LevelId;
  /** `in-progress` only while foundation is not reached, or a security hold applies. */
  status: 'in-progress' | 'reached';
  /** No prompt or paste for a while; the level stays, it is never reset for idleness. */
  inactive: boolean;
  skills: SkillValue[];
  /** What the level being worked on still lacks: `level` in progress, else `nextLevel`. */
  missing: MissingEvidence[];
  nextLevel: LevelId | null;
}

export interface AssessOptions {
  now: number;
  /** Ids of the foundation lessons, so lesson checks are measured against that set. */
  lessons?: readonly string[];
}

type SkillValues = Record<SkillId, number>;

/** Evidence already summed per local day (day-summary.ts), as the panel reads it. */
export interface SummedEvidence {
  days: readonly DatedSkillDay[];
}

/**
 * Where a learner stands on the climb, from their evidence alone: the pieces of evidence,
 * or the same summed per day, which give the same answer. Pure and deterministic: the same
 * evidence and `now` give the same answer in the side panel and in Node.
 */
export function assessSkills(
  evidence: readonly SkillEvidence[] | SummedEvidence,
  options: AssessOptions,
): SkillAssessment {
  const days = daysOf(evidence, options.now);
  const buckets = bucketDays(days, options.now);
  const context: MeasureContext = { foundationLessons: options.lessons };
  const hold = securityHold(days, options.now);

  // A hold puts the learner back at foundation, in progress, without erasing history:
  // once it ends, the levels reached before count again.
  const reached = hold.active ? -1 : highestLevelReached(buckets, context);
  const levelIndex = Math.max(reached, 0);
  const values = valuesAt(buckets, 0, context);

  return {
    level: levelIds[levelIndex]!,
    status: reached >= 0 ? 'reached' : 'in-progress',
    inactive: isInactive(days, options.now),
    skills: measureSkills(buckets, values, context),
    missing: missingFor(reached + 1, buckets, values, hold),
    nextLevel: levelIds[levelIndex + 1] ?? null,
  };
}

/**
 * The highest level ever reached, -1 for none. Every weekly checkpoint is replayed, oldest
 * first, and a level once reached stays reached: inactivity or a dip never resets it.
 */
function highestLevelReached(buckets: readonly WeekBucket[], context: MeasureContext): number {
  let highest = -1;

  for (let week = buckets.length - 1; week >= 0; week--) {
    highest = highestAt(buckets, week, highest, context);
  }

  return highest;
}

/** Climbs from the level above `already` for as long as each is met at this checkpoint. */
function highestAt(
  buckets: readonly WeekBucket[],
  week: number,
  already: number,
  context: MeasureContext,
): number {
  const values = valuesAt(buckets, week, context);
  let index = already + 1;

  while (index < levelIds.length && isMet(levelGaps(levelIds[index]!, buckets, week, values))) {
    index += 1;
  }

  return index - 1;
}

function valuesAt(
  buckets: readonly WeekBucket[],
  week: number,
  context: MeasureContext,
): SkillValues {
  const weeks = weightedWeeks(buckets, week);
  const entries = skillCatalogue.map(({ id }) => [id, skillMeasures[id].value(weeks, context)]);

  return Object.fromEntries(entries) as SkillValues;
}

interface LevelGaps {
  activeWeeks: number;
  practiced: boolean;
  skills: SkillGap[];
}

const isMet = (gaps: LevelGaps) => gaps.practiced && gaps.skills.length === 0;

/** What keeps `level` from being reached at the checkpoint `week` weeks before now. */
function levelGaps(
  level: LevelId,
  buckets: readonly WeekBucket[],
  week: number,
  values: SkillValues,
): LevelGaps {
  const { sustain, requirements } = thresholds.levels[level];
  const period = buckets.slice(week, week + sustain.periodWeeks);
  const activeWeeks = period.filter((bucket) => bucket.activeDays.size >= sustain.activeDays);

  return {
    activeWeeks: activeWeeks.length,
    practiced: activeWeeks.length >= sustain.activeWeeks,
    skills: requirements.flatMap((requirement) => skillGap(requirement, period, values)),
  };
}

/** The gap for one requirement, or none when the value and its evidence both suffice. */
function skillGap(
  requirement: Requirement,
  period: readonly WeekBucket[],
  values: SkillValues,
): SkillGap[] {
  const { skill, min } = requirement;
  const evidence = period.reduce((sum, bucket) => sum + skillMeasures[skill].evidence(bucket), 0);
  const minEvidence = thresholds.minEvidence[skill];
  const value = values[skill];

  if (value >= min && evidence >= minEvidence) return [];

  return [{ skill, value, needed: min, evidence, minEvidence }];
}

/** The missing evidence for the level at `targetIndex`; a hold's message comes first. */
function missingFor(
  targetIndex: number,
  buckets: readonly WeekBucket[],
  values: SkillValues,
  hold: SecurityHold,
): MissingEvidence[] {
  const held = hold.active ? [describeHold(hold.cleanWeeks)] : [];
  const level = levelIds[targetIndex];
  if (!level) return held;

  const gaps = levelGaps(level, buckets, 0, values);
  const practice = gaps.practiced
    ? []
    : [describePracticeGap(thresholds.levels[level].sustain, gaps.activeWeeks)];

  return [...held, ...gaps.skills.map(describeSkillGap), ...practice];
}

function measureSkills(
  buckets: readonly WeekBucket[],
  values: SkillValues,
  context: MeasureContext,
): SkillValue[] {
  const earlier = valuesAt(buckets, thresholds.trendWeeks, context);

  return skillCatalogue.map(({ id, level }) => ({
    id,
    level,
    value: values[id],
    evidenceCount: buckets.reduce((sum, bucket) => sum + skillMeasures[id].evidence(bucket), 0),
    trend: trendOf(values[id] - earlier[id]),
  }));
}

function trendOf(change: number): SkillTrend {
  if (change > thresholds.trendDelta) return 'rising';

  return change < -thresholds.trendDelta ? 'falling' : 'steady';
}

function daysOf(
  evidence: readonly SkillEvidence[] | SummedEvidence,
  now: number,
): readonly DatedSkillDay[] {
  if (!Array.isArray(evidence)) return (evidence as SummedEvidence).days;

  // Evidence from the future (a wrong clock, a bad import) is left out.
  const past = (evidence as readonly SkillEvidence[]).filter((item) => item.time <= now);
  return [...skillDaysOf(past)].map(([day, skills]) => ({ day, skills }));
}

/** Inactive once the last prompt, paste or template use is long ago; lessons are not use. */
function isInactive(days: readonly DatedSkillDay[], now: number): boolean {
  let last = -Infinity;
  for (const { skills } of days) {
    if (skills.lastActive >= 0 && skills.lastActive <= now) {
      last = Math.max(last, skills.lastActive);
    }
  }

  return last > -Infinity && now - last > thresholds.inactiveAfterDays * dayMs;
}

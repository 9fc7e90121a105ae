import type { SkillId } from './skill-ids';
import { ranges, thresholds } from './thresholds';
import type { WeekBucket } from './weekly-buckets';

/** A week's evidence with its weight: 1 for the newest week, halving every half-life. */
export interface WeightedWeek {
  bucket: WeekBucket;
  weight: number;
}

export interface MeasureContext {
  /** Ids of the foundation lessons; without them every passed lesson check counts. */
  foundationLessons?: readonly string[];
}

interface SkillMeasure {
  /** The skill's value, 0 to 1, from the weighted weeks. */
  value(weeks: readonly WeightedWeek[], context: MeasureContext): number;
  /** How many pieces of evidence for the skill one week holds. */
  evidence(bucket: WeekBucket): number;
}

/**
 * The buckets from week `from` back to the oldest, weighted by age as seen from that week,
 * so the model can ask "what did the skills look like `from` weeks ago".
 */
export function weightedWeeks(buckets: readonly WeekBucket[], from: number): WeightedWeek[] {
  const weeklyDecay = 0.5 ** (7 / thresholds.halfLifeDays);

  return buckets.slice(from).map((bucket, age) => ({ bucket, weight: weeklyDecay ** age }));
}

type Count = (bucket: WeekBucket) => number;

function weightedSum(weeks: readonly WeightedWeek[], pick: Count): number {
  return weeks.reduce((sum, { bucket, weight }) => sum + weight * pick(bucket), 0);
}

/** Weighted part over weighted whole; 0 when there is no whole to speak of. */
function share(weeks: readonly WeightedWeek[], part: Count, whole: Count): number {
  const wholes = weightedSum(weeks, whole);

  return wholes === 0 ? 0 : weightedSum(weeks, part) / wholes;
}

/** The score where half of the weighted opening prompts lie at or below. */
function weightedMedianScore(weeks: readonly WeightedWeek[]): number {
  const weights = new Array<number>(101).fill(0);
  for (const { bucket, weight } of weeks) {
    for (const [score, count] of bucket.scoreCounts.entries()) weights[score]! += count * weight;
  }

  const half = weights.reduce((sum, weight) => sum + weight, 0) / 2;
  let below = 0;
  for (const [score, weight] of weights.entries()) {
    below += weight;
    if (half > 0 && below >= half) return score;
  }

  return 0;
}

/** How many distinct ids (techniques, task kinds, tools) were used enough, recently. */
function breadth(
  weeks: readonly WeightedWeek[],
  counts: (bucket: WeekBucket) => Map<string, number>,
) {
  const totals = new Map<string, number>();
  for (const { bucket, weight } of weeks) {
    for (const [id, uses] of counts(bucket)) totals.set(id, (totals.get(id) ?? 0) + uses * weight);
  }

  return [...totals.values()].filter((total) => total >= thresholds.breadthMinWeight).length;
}

const conversations: Count = (bucket) => bucket.conversations.size;
const guarded: Count = (bucket) => bucket.guarded;
const submits: Count = (bucket) => bucket.submits;

const verificationShare = (weeks: readonly WeightedWeek[]) =>
  share(weeks, (bucket) => bucket.verifiedConversations, conversations);

// Lessons do not decay: a passed check shows knowledge, and knowledge does not fade weekly.
function lessonShare(weeks: readonly WeightedWeek[], context: MeasureContext): number {
  const passed = new Set(weeks.flatMap(({ bucket }) => [...bucket.lessonsPassed]));
  const lessons = context.foundationLessons;
  if (!lessons) return Math.min(1, passed.size / ranges.foundationLessons);

  return lessons.length === 0 ? 0 : lessons.filter((id) => passed.has(id)).length / lessons.length;
}

function understanding(weeks: readonly WeightedWeek[], context: MeasureContext): number {
  const shownInPractice = verificationShare(weeks) / thresholds.verificationShowingUnderstanding;

  return Math.max(lessonShare(weeks, context), Math.min(1, shownInPractice));
}

function withoutOther(bucket: WeekBucket): Map<string, number> {
  return new Map([...bucket.taskKinds].filter(([kind]) => kind !== 'other'));
}

const atMostOne = (value: number) => Math.min(1, value);

/**
 * How each skill turns weekly evidence into a value: a share, a median score or a count of
 * distinct ids over a range. The value means the same at every level; thresholds.ts says
 * how much each level asks of it.
 */
export const skillMeasures: Record<SkillId, SkillMeasure> = {
  'understanding-ai': {
    value: understanding,
    evidence: (bucket) => bucket.lessonChecks + bucket.conversations.size,
  },
  'safe-use': {
    value: (weeks) => share(weeks, (bucket) => bucket.clean, guarded),
    evidence: guarded,
  },
  'core-prompting': {
    value: (weeks) => weightedMedianScore(weeks) / 100,
    evidence: (bucket) => bucket.openingPrompts,
  },
  'policy-alignment': {
    value: (weeks) => share(weeks, (bucket) => bucket.withinPolicy, guarded),
    evidence: guarded,
  },
  'role-specific-use': {
    value: (weeks) => share(weeks, (bucket) => bucket.roleChosen, submits),
    evidence: submits,
  },
  templates: {
    value: (weeks) =>
      atMostOne(weightedSum(weeks, (bucket) => bucket.templateDays.size) / ranges.templateDays),
    evidence: (bucket) => bucket.templateDays.size,
  },
  'critical-thinking': { value: verificationShare, evidence: conversations },
  curiosity: {
    value: (weeks) => share(weeks, (bucket) => bucket.engagedConversations, conversations),
    evidence: conversations,
  },
  agency: {
    value: (weeks) => atMostOne(breadth(weeks, (bucket) => bucket.techniques) / ranges.techniques),
    evidence: submits,
  },
  'task-breadth': {
    value: (weeks) => atMostOne(breadth(weeks, withoutOther) / ranges.taskKinds),
    evidence: submits,
  },
  'tool-breadth': {
    value: (weeks) => atMostOne(breadth(weeks, (bucket) => bucket.tools) / ranges.tools),
    evidence: submits,
  },
  // Regular means "in most weeks you work", so idle weeks are left out of the whole.
  workflows: {
    value: (weeks) =>
      share(
        weeks,
        (bucket) => (bucket.templateDays.size > 0 ? 1 : 0),
        (bucket) => (bucket.activeDays.size > 0 ? 1 : 0),
      ),
    evidence: (bucket) => bucket.templateDays.size,
  },
  // Idle weeks do count here: AI as an extension of one's thinking shows in every week.
  'everyday-use': {
    value: (weeks) =>
      share(
        weeks,
        (bucket) => Math.min(bucket.activeDays.size, ranges.workingDays),
        () => ranges.workingDays,
      ),
    evidence: (bucket) => bucket.activeDays.size,
  },
};

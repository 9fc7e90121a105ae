import type { LevelId } from '../coaching/roles';
import type { SkillId } from './skill-ids';

/*
 * Every number the skill model decides with, in one place. Change a number here and the
 * synthetic histories in tests/unit/progress/skill-model.test.ts say whether the climb
 * still behaves as issue 7 describes.
 */

export const dayMs = 24 * 60 * 60 * 1000;
export const weekMs = 7 * dayMs;

/** How many active weeks a level needs, judged in weekly buckets counted back from now. */
export interface SustainRule {
  /** The weeks looked at. */
  periodWeeks: number;
  /** Of those, the weeks that must count as active. */
  activeWeeks: number;
  /** Days with a prompt, paste or template use that make a week active. */
  activeDays: number;
}

/** A skill value a level asks for; `minEvidence` counts evidence inside the level's period. */
export interface Requirement {
  skill: SkillId;
  min: number;
}

export interface LevelRule {
  sustain: SustainRule;
  requirements: readonly Requirement[];
}

// Breadth skills count distinct things (techniques, task kinds, tools); their value is the
// count divided by a range, so a level's requirement reads as "n of range".
export const ranges = {
  /** Techniques a fluent writer draws on: role, context, examples, constraints, format, steps. */
  techniques: 6,
  /** Every task kind except `other`, which names no kind of work. */
  taskKinds: 7,
  /** Three tools already show AI use that does not hinge on one vendor. */
  tools: 3,
  /** Working days; more active days a week add nothing to "uses AI every day". */
  workingDays: 5,
  /** Template use on three recent days shows the user knows the organisation's templates. */
  templateDays: 3,
  /** The foundation lessons of issue 7, when the caller does not pass the set. */
  foundationLessons: 5,
} as const;

const ofRange = (count: number, range: number) => count / range;

export const thresholds = {
  /**
   * Evidence loses half its weight every three weeks: a habit from last month still counts,
   * a holiday week does not erase it, and a change in how someone works shows within a month.
   */
  halfLifeDays: 21,

  /** A distinct technique, task kind or tool counts once its decayed uses reach two. */
  breadthMinWeight: 2,

  /**
   * Checking answers in one conversation of seven shows as much understanding of what AI is
   * (and that it can be wrong) as passing every foundation lesson: fluency, not completion.
   */
  verificationShowingUnderstanding: 0.15,

  /** Trend compares today's value with the value four weeks ago... */
  trendWeeks: 4,
  /** ...and calls a change under five points steady, so noise does not flip the arrow. */
  trendDelta: 0.05,

  /** Three weeks without a prompt or paste marks the learner inactive; a holiday is shorter. */
  inactiveAfterDays: 21,

  /** A security regression: secrets blocked or overridden, repeatedly, in a short time. */
  regression: {
    /** One or two slips happen and the guard caught them; three make a habit. */
    incidents: 3,
    withinDays: 14,
    /** Active weeks without a secret incident that end the hold (issue 7's table). */
    cleanWeeks: 2,
    /** An idle week proves nothing: a clean week needs this many active days. */
    cleanWeekActiveDays: 2,
  },

  /** Evidence inside a level's period below which a skill value is not trusted yet. */
  minEvidence: {
    'understanding-ai': 3, // lesson checks plus conversations
    'safe-use': 10, // pastes and prompts
    'core-prompting': 10, // opening prompts: a median of fewer says little
    'policy-alignment': 10,
    'role-specific-use': 10,
    templates: 1,
    'critical-thinking': 20, // conversations: shares of a handful jump in steps of 20%
    curiosity: 20,
    agency: 20, // prompts
    'task-breadth': 30,
    'tool-breadth': 30,
    workflows: 0, // judged over active weeks, which the period already demands
    'everyday-use': 0,
  } satisfies Record<SkillId, number>,

  levels: {
    foundation: {
      // A month with practice in three of its weeks: one busy day is a start, not a level.
      sustain: { periodWeeks: 4, activeWeeks: 3, activeDays: 2 },
      requirements: [
        { skill: 'understanding-ai', min: 0.8 }, // four of the five lessons, or the behaviour
        { skill: 'safe-use', min: 0.9 }, // nine in ten pastes and prompts clean
        { skill: 'core-prompting', min: 0.5 }, // median prompt meets half the rubric
      ],
    },
    organisation: {
      // Same period: the organisation's point of view is learnt alongside the foundation.
      sustain: { periodWeeks: 4, activeWeeks: 3, activeDays: 2 },
      requirements: [
        { skill: 'policy-alignment', min: 0.95 }, // at most one in twenty blocked or overridden
        { skill: 'role-specific-use', min: 0.8 }, // works with a role chosen
        // `templates` is not required: a pack may offer none. Regular template use is
        // asked for at breakthrough (`workflows`), where the user's own templates count.
      ],
    },
    'durable-skills': {
      // Two months: thinking habits need longer than a burst of practice to show.
      sustain: { periodWeeks: 8, activeWeeks: 6, activeDays: 2 },
      requirements: [
        { skill: 'core-prompting', min: 0.7 },
        { skill: 'critical-thinking', min: 0.15 }, // asks for a check or sources in 1 of 7
        { skill: 'curiosity', min: 0.3 }, // follows up or verifies in 30% of conversations
        { skill: 'agency', min: ofRange(4, ranges.techniques) }, // four techniques in use
      ],
    },
    breakthrough: {
      // A quarter: re-imagined workflows are routine, not an experiment.
      sustain: { periodWeeks: 12, activeWeeks: 9, activeDays: 2 },
      requirements: [
        { skill: 'core-prompting', min: 0.75 },
        { skill: 'task-breadth', min: ofRange(5, ranges.taskKinds) },
        { skill: 'tool-breadth', min: ofRange(2, ranges.tools) },
        { skill: 'workflows', min: 0.5 }, // templates in at least every other active week
      ],
    },
    'co-intelligence': {
      // A quarter of near-daily, high-quality, policy-clean use across tools and tasks.
      sustain: { periodWeeks: 12, activeWeeks: 10, activeDays: 3 },
      requirements: [
        { skill: 'core-prompting', min: 0.85 },
        { skill: 'safe-use', min: 0.98 },
        { skill: 'policy-alignment', min: 0.99 },
        { skill: 'task-breadth', min: ofRange(6, ranges.taskKinds) },
        { skill: 'tool-breadth', min: ofRange(3, ranges.tools) },
        { skill: 'everyday-use', min: 0.8 }, // four working days a week
      ],
    },
  } satisfies Record<LevelId, LevelRule>,
} as const;

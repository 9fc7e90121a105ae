/** The moments at which Ascent may nudge, in the order a conversation meets them. */
export const nudgeMoments = ['first-prompt', 'writing', 'answer', 'copy'] as const;

export type NudgeMoment = (typeof nudgeMoments)[number];

/** What the user told Ascent about nudges, and when each moment last nudged. */
export interface NudgePreferences {
  /** How often the user chose "less of this" per moment. */
  lessOf: Partial<Record<NudgeMoment, number>>;
  /** Epoch milliseconds of the last nudge per moment. */
  lastShown: Partial<Record<NudgeMoment, number>>;
}

export const defaultNudgePreferences: NudgePreferences = { lessOf: {}, lastShown: {} };

const minute = 60_000;

/** The quietest gap between two nudges of one moment; writing nudges matter most. */
const baseInterval: Record<NudgeMoment, number> = {
  'first-prompt': 30 * minute,
  writing: 3 * minute,
  answer: 10 * minute,
  copy: 10 * minute,
};

/** Each "less of this" makes a moment four times rarer; the third switches it off. */
const lessFactor = 4;
export const lessOfThisLimit = 3;

/** The gap a moment must leave now, or Infinity when the user has switched it off. */
export function nudgeInterval(moment: NudgeMoment, preferences: NudgePreferences): number {
  const level = preferences.lessOf[moment] ?? 0;
  if (level >= lessOfThisLimit) return Infinity;

  return baseInterval[moment] * lessFactor ** level;
}

/** May this moment nudge at `now`, given its rate limit and the user's choices? */
export function mayNudge(moment: NudgeMoment, preferences: NudgePreferences, now: number): boolean {
  const last = preferences.lastShown[moment];
  const interval = nudgeInterval(moment, preferences);
  if (interval === Infinity) return false;

  return last === undefined || now - last >= interval;
}

/** The preferences after a nudge of `moment` was shown at `now`. */
export function recordShown(
  preferences: NudgePreferences,
  moment: NudgeMoment,
  now: number,
): NudgePreferences {
  return { ...preferences, lastShown: { ...preferences.lastShown, [moment]: now } };
}

/** The preferences after the user chose "less of this" for `moment`. */
export function recordLessOfThis(
  preferences: NudgePreferences,
  moment: NudgeMoment,
): NudgePreferences {
  const level = Math.min((preferences.lessOf[moment] ?? 0) + 1, lessOfThisLimit);
  return { ...preferences, lessOf: { ...preferences.lessOf, [moment]: level } };
}

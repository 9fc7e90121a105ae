import type { SkillEvidence } from './evidence';
import { dayMs, thresholds, weekMs } from './thresholds';

export interface SecurityHold {
  /** The learner is held at foundation, whatever they reached before. */
  active: boolean;
  /** Clean active weeks since the last secret incident of the hold. */
  cleanWeeks: number;
}

const rule = thresholds.regression;

/** A secret the guard had to block, or that the user pushed through anyway. */
function isSecretIncident(event: SkillEvidence): boolean {
  if (event.kind !== 'paste' && event.kind !== 'submit') return false;

  return event.category === 'secret' && ['blocked', 'overridden'].includes(event.outcome);
}

function isActivity(event: SkillEvidence): boolean {
  return event.kind !== 'lesson-check';
}

/**
 * Whether a security regression holds the learner at foundation: repeated secret incidents
 * in a short time start a hold, and only clean, active weeks after the last one end it.
 */
export function securityHold(events: readonly SkillEvidence[], now: number): SecurityHold {
  const past = events.filter((event) => event.time <= now);
  const incidents = past.filter(isSecretIncident).map((event) => event.time);
  const activity = past
    .filter(isActivity)
    .map((event) => event.time)
    .sort((a, b) => a - b);
  const lastIncident = lastHeldIncident(
    incidents.sort((a, b) => a - b),
    activity,
  );

  if (lastIncident === undefined) return { active: false, cleanWeeks: 0 };

  const cleanWeeks = cleanWeeksBetween(activity, lastIncident, now);
  return { active: cleanWeeks < rule.cleanWeeks, cleanWeeks };
}

/** The last incident while a hold was running, or undefined if no hold ever started. */
function lastHeldIncident(incidents: readonly number[], activity: readonly number[]) {
  let held: number | undefined;

  incidents.forEach((time, index) => {
    // An incident during a hold extends it; after a hold ended only a new pattern restarts it.
    const holdRunning =
      held !== undefined && cleanWeeksBetween(activity, held, time) < rule.cleanWeeks;
    if (holdRunning || completesPattern(incidents, index)) held = time;
  });

  return held;
}

function completesPattern(incidents: readonly number[], index: number): boolean {
  const first = incidents[index - (rule.incidents - 1)];

  return first !== undefined && incidents[index]! - first <= rule.withinDays * dayMs;
}

/** Index of the first time after `from` in sorted `times`. */
function firstAfter(times: readonly number[], from: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (times[middle]! <= from) low = middle + 1;
    else high = middle;
  }

  return low;
}

/** Whole weeks after `from` and before `until` with enough active days; `activity` sorted. */
function cleanWeeksBetween(activity: readonly number[], from: number, until: number): number {
  const daysPerWeek = new Map<number, Set<number>>();

  for (let index = firstAfter(activity, from); index < activity.length; index++) {
    const time = activity[index]!;
    if (time >= until) break;

    const week = Math.floor((time - from) / weekMs);
    if (from + (week + 1) * weekMs > until) continue;

    const days = daysPerWeek.get(week) ?? new Set<number>();
    daysPerWeek.set(week, days.add(Math.floor((time - from) / dayMs)));
  }

  return [...daysPerWeek.values()].filter((days) => days.size >= rule.cleanWeekActiveDays).length;
}

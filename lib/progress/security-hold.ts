import { dayNumber } from './day-summary';
import { localDay } from './daily';
import { dayMs, thresholds } from './thresholds';
import type { DatedSkillDay } from './weekly-buckets';

export interface SecurityHold {
  /** The learner is held at foundation, whatever they reached before. */
  active: boolean;
  /** Clean active weeks since the last secret incident of the hold. */
  cleanWeeks: number;
}

const rule = thresholds.regression;

/** What a hold is judged on: incident times and active days, both oldest first. */
interface HoldEvidence {
  incidents: number[];
  /** Local days (as day numbers) with a prompt, paste or template use. */
  activeDays: number[];
}

const dayOf = (time: number) => dayNumber(localDay(time));

function holdEvidence(days: readonly DatedSkillDay[], now: number): HoldEvidence {
  const today = dayOf(now);
  const incidents = days.flatMap(({ skills }) => skills.incidents).filter((time) => time <= now);
  const activeDays = days
    .filter(({ skills }) => skills.lastActive >= 0)
    .map(({ day }) => dayNumber(day))
    .filter((day) => day <= today);

  return {
    incidents: incidents.sort((a, b) => a - b),
    activeDays: activeDays.sort((a, b) => a - b),
  };
}

/**
 * Whether a security regression holds the learner at foundation: repeated secret incidents
 * in a short time start a hold, and only clean, active weeks after the last one end it.
 */
export function securityHold(days: readonly DatedSkillDay[], now: number): SecurityHold {
  const { incidents, activeDays } = holdEvidence(days, now);
  const lastIncident = lastHeldIncident(incidents, activeDays);

  if (lastIncident === undefined) return { active: false, cleanWeeks: 0 };

  const cleanWeeks = cleanWeeksBetween(activeDays, lastIncident, now);
  return { active: cleanWeeks < rule.cleanWeeks, cleanWeeks };
}

/** The last incident while a hold was running, or undefined if no hold ever started. */
function lastHeldIncident(incidents: readonly number[], activeDays: readonly number[]) {
  let held: number | undefined;

  incidents.forEach((time, index) => {
    // An incident during a hold extends it; after a hold ended only a new pattern restarts it.
    const holdRunning =
      held !== undefined && cleanWeeksBetween(activeDays, held, time) < rule.cleanWeeks;
    if (holdRunning || completesPattern(incidents, index)) held = time;
  });

  return held;
}

function completesPattern(incidents: readonly number[], index: number): boolean {
  const first = incidents[index - (rule.incidents - 1)];

  return first !== undefined && incidents[index]! - first <= rule.withinDays * dayMs;
}

/**
 * Whole weeks of local days after the day of `from` and before the day of `until` with
 * enough active days; `activeDays` sorted. The days of both ends are only partly seen.
 */
function cleanWeeksBetween(activeDays: readonly number[], from: number, until: number): number {
  const [first, last] = [dayOf(from), dayOf(until)];
  const daysPerWeek = new Map<number, number>();

  for (const day of activeDays) {
    if (day <= first || day >= last) continue;

    const week = Math.floor((day - first - 1) / 7);
    if (first + (week + 1) * 7 >= last) continue;

    daysPerWeek.set(week, (daysPerWeek.get(week) ?? 0) + 1);
  }

  return [...daysPerWeek.values()].filter((days) => days >= rule.cleanWeekActiveDays).length;
}

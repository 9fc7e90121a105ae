import { localDay } from './daily';
import { summarizeByDay, type DaySummary } from './day-summary';
import type { ProgressEvent } from './event';
import type { PackChallenge } from './pack-content';

export interface ChallengeProgress {
  challenge: PackChallenge;
  done: number;
  complete: boolean;
}

/** Monday 00:00 local time of the week of `now`, or the first of the month. */
export function periodStart(period: PackChallenge['period'], now: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  if (period === 'month') date.setDate(1);
  else date.setDate(date.getDate() - ((date.getDay() + 6) % 7));

  return date.getTime();
}

/** What one day counts towards a challenge. */
function countOn(challenge: PackChallenge, summary: DaySummary, usesRecorded: boolean): number {
  const { challenges } = summary;

  switch (challenge.kind) {
    case 'template-use':
      return templateCount(
        challenge,
        usesRecorded ? challenges.templateUses : challenges.templatePrompts,
      );
    case 'prompt':
      return challenges.prompts;
    case 'verification':
      return challenges.verifications;
    case 'follow-up':
      return challenges.followUps;
    case 'lesson-check':
      return challenges.lessonPasses;
  }
}

function templateCount(challenge: PackChallenge, uses: Record<string, number>): number {
  if (challenge.templateId === undefined) return Object.values(uses).reduce((a, b) => a + b, 0);

  return uses[challenge.templateId] ?? 0;
}

/** Inside the challenge's dates, when the pack gives any (whole local days). */
function isRunning(challenge: PackChallenge, now: number): boolean {
  const today = localDay(now);

  return (
    (!challenge.startsAt || challenge.startsAt <= today) &&
    (!challenge.endsAt || today <= challenge.endsAt)
  );
}

/** `challengeProgressOfDays` for a list of events (a test's history). */
export function challengeProgress(
  challenges: readonly PackChallenge[],
  events: readonly ProgressEvent[],
  now: number,
): ChallengeProgress[] {
  const past = events.filter((event) => event.time <= now);
  return challengeProgressOfDays(challenges, [...summarizeByDay(past).values()], now);
}

/**
 * How far each team challenge is in its current period, counted in whole local days. When
 * template uses are recorded as events of their own, a prompt sent from a template is not
 * counted a second time.
 */
export function challengeProgressOfDays(
  challenges: readonly PackChallenge[],
  summaries: readonly DaySummary[],
  now: number,
): ChallengeProgress[] {
  const usesRecorded = summaries.some(
    ({ challenges: day }) => Object.keys(day.templateUses).length > 0,
  );
  const today = localDay(now);

  return challenges
    .filter((challenge) => isRunning(challenge, now))
    .map((challenge) => {
      const since = localDay(periodStart(challenge.period, now));
      const done = summaries
        .filter(({ day }) => day >= since && day <= today)
        .reduce((sum, summary) => sum + countOn(challenge, summary, usesRecorded), 0);

      return { challenge, done, complete: done >= challenge.count };
    });
}

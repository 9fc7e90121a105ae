import { localDay } from './daily';
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

function counts(challenge: PackChallenge, event: ProgressEvent): boolean {
  switch (challenge.kind) {
    case 'template-use':
      return templateOf(event) !== undefined && matchesTemplate(challenge, templateOf(event));
    case 'prompt':
      return event.kind === 'submit';
    case 'verification':
      return event.kind === 'submit' && 'asksVerification' in event && event.asksVerification;
    case 'follow-up':
      return event.kind === 'submit' && 'followsAnswer' in event && event.followsAnswer;
    case 'lesson-check':
      return event.kind === 'lesson-check' && event.passed;
  }
}

function templateOf(event: ProgressEvent): string | undefined {
  if (event.kind === 'template-use') return event.templateId;

  return event.kind === 'submit' && 'templateId' in event ? event.templateId : undefined;
}

function matchesTemplate(challenge: PackChallenge, templateId: string | undefined): boolean {
  return challenge.templateId === undefined || challenge.templateId === templateId;
}

/** Inside the challenge's dates, when the pack gives any (whole local days). */
function isRunning(challenge: PackChallenge, now: number): boolean {
  const today = localDay(now);

  return (
    (!challenge.startsAt || challenge.startsAt <= today) &&
    (!challenge.endsAt || today <= challenge.endsAt)
  );
}

/**
 * How far each team challenge is in its current period. When template uses are recorded
 * as events of their own, a prompt sent from a template is not counted a second time.
 */
export function challengeProgress(
  challenges: readonly PackChallenge[],
  events: readonly ProgressEvent[],
  now: number,
): ChallengeProgress[] {
  const usesRecorded = events.some((event) => event.kind === 'template-use');

  return challenges
    .filter((challenge) => isRunning(challenge, now))
    .map((challenge) => {
      const since = periodStart(challenge.period, now);
      const skipSubmits = challenge.kind === 'template-use' && usesRecorded;
      const done = events.filter(
        (event) =>
          event.time >= since &&
          event.time <= now &&
          !(skipSubmits && event.kind === 'submit') &&
          counts(challenge, event),
      ).length;

      return { challenge, done, complete: done >= challenge.count };
    });
}

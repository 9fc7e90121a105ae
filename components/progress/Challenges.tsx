import { t } from '@/lib/i18n';
import type { ChallengeProgress } from '@/lib/progress/challenges';
import { local } from './text';

/** The pack's team challenges with this week's (or month's) progress; none, nothing shown. */
export function Challenges({ challenges }: { challenges: readonly ChallengeProgress[] }) {
  if (challenges.length === 0) return null;

  return (
    <section aria-labelledby="challenges-heading">
      <h2 id="challenges-heading">{t('challengesHeading')}</h2>
      <ul className="skills">
        {challenges.map(({ challenge, done, complete }) => (
          <li key={challenge.id} className="skill" data-testid="challenge" data-done={done}>
            <span className="skill-label" title={local(challenge.description)}>
              {local(challenge.title)}
            </span>
            <meter min={0} max={challenge.count} value={Math.min(done, challenge.count)} />
            <span className="skill-value">
              {complete
                ? t('challengeComplete')
                : t('challengeDone', [String(done), String(challenge.count)])}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

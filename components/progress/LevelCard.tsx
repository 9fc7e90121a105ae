import { t } from '@/lib/i18n';
import type { SkillAssessment } from '@/lib/progress/skill-model';
import { levelName, local } from './text';

/** The current level, the next one and what it still needs. */
export function LevelCard({ assessment }: { assessment: SkillAssessment }) {
  const { level, status, inactive, nextLevel, missing } = assessment;

  return (
    <section className="card" aria-labelledby="level-heading" data-testid="level-card">
      <h2 id="level-heading">{t('levelHeading')}</h2>
      <p className="level-name">
        <strong data-testid="level" data-level={level} data-status={status}>
          {levelName(level)}
        </strong>{' '}
        <span className="badge">
          {t(status === 'reached' ? 'levelReached' : 'levelInProgress')}
        </span>
      </p>
      {inactive && <p className="muted">{t('levelInactive')}</p>}
      <p>{nextLevel ? t('levelNext', levelName(nextLevel)) : t('levelTop')}</p>
      {missing.length > 0 && (
        <>
          <h3>{t('levelMissing')}</h3>
          <ul data-testid="missing">
            {missing.map((item) => (
              <li key={item.skill} data-skill={item.skill}>
                {local(item.message)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

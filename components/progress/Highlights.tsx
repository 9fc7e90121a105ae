import { t } from '@/lib/i18n';
import type { ProgressOverview } from '@/lib/progress/overview';
import { percentOf } from './text';

/** Streak, clean-paste rate and techniques: the habits behind the skill values. */
export function Highlights({ overview }: { overview: ProgressOverview }) {
  const { streak, cleanPasteRate, techniques } = overview;

  return (
    <section aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">{t('highlightsHeading')}</h2>
      <dl className="status">
        <dt>{t('highlightStreak')}</dt>
        <dd data-testid="streak">{streak}</dd>
        <dt>{t('highlightCleanRate')}</dt>
        <dd data-testid="clean-rate">
          {cleanPasteRate === null ? t('highlightNoPastes') : percentOf(cleanPasteRate)}
        </dd>
        <dt>{t('highlightTechniques')}</dt>
        <dd data-testid="techniques">
          {techniques.length === 0
            ? t('highlightNoTechniques')
            : techniques.map(({ id, count }) => `${id} (${count})`).join(', ')}
        </dd>
      </dl>
    </section>
  );
}

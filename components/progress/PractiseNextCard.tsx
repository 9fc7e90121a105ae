import { t } from '@/lib/i18n';
import type { PractiseNext } from '@/lib/progress/practise-next';
import { local } from './text';

interface Props {
  next: PractiseNext | null;
  onOpenLesson: (lessonId: string) => void;
}

/** The one next step, tied to the weakest skill: a lesson, a template or a tip. */
export function PractiseNextCard({ next, onOpenLesson }: Props) {
  if (!next) return null;

  return (
    <section className="card" aria-labelledby="next-heading" data-testid="practise-next">
      <h2 id="next-heading">{t('nextHeading')}</h2>
      <p data-topic={next.topic}>{local(next.message)}</p>
      {next.kind === 'lesson' && next.lessonId && (
        <button type="button" className="primary" onClick={() => onOpenLesson(next.lessonId!)}>
          {t('nextOpenLesson')}
        </button>
      )}
      {next.kind === 'template' && <p>{t('nextTemplate', next.templateId ?? '')}</p>}
    </section>
  );
}

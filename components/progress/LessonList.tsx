import { t } from '@/lib/i18n';
import type { Lesson } from '@/lib/progress/lessons';
import { local } from './text';

interface Props {
  lessons: readonly Lesson[];
  passed: ReadonlySet<string>;
  onOpen: (lessonId: string) => void;
}

/** Foundation lessons first, then the organisation's, each marked when passed. */
export function LessonList({ lessons, passed, onOpen }: Props) {
  return (
    <section aria-labelledby="lessons-heading">
      <h2 id="lessons-heading">{t('progressLessons')}</h2>
      <p className="muted">{t('lessonsIntro')}</p>
      <ul className="lessons">
        {lessons.map((lesson) => (
          <li key={lesson.id} data-testid="lesson-item" data-lesson={lesson.id}>
            <button type="button" onClick={() => onOpen(lesson.id)}>
              {local(lesson.title)}
            </button>{' '}
            <span className="muted">{t('lessonMinutes', String(lesson.minutes))}</span>
            {lesson.source === 'organisation' && (
              <span className="badge">{t('lessonOrganisation')}</span>
            )}
            {passed.has(lesson.id) && <span className="badge state-good">{t('lessonPassed')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

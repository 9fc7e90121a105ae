import { useState } from 'react';
import { browser } from 'wxt/browser';

import { t, type MessageKey } from '@/lib/i18n';
import { Challenges } from './progress/Challenges';
import { Highlights } from './progress/Highlights';
import { HistoryTransfer } from './progress/HistoryTransfer';
import { LessonList } from './progress/LessonList';
import { LessonPlayer } from './progress/LessonPlayer';
import { LevelCard } from './progress/LevelCard';
import { PractiseNextCard } from './progress/PractiseNextCard';
import { QualityChart } from './progress/QualityChart';
import { RecentActivity } from './progress/RecentActivity';
import { SkillBars } from './progress/SkillBars';
import { StoredRecords } from './progress/StoredRecords';
import { TeamView } from './progress/TeamView';
import { announceChange, useProgress, type ProgressState } from './progress/use-progress';

type Section = 'overview' | 'lessons' | 'data' | 'team';

const sections: { id: Section; label: MessageKey }[] = [
  { id: 'overview', label: 'progressOverview' },
  { id: 'lessons', label: 'progressLessons' },
  { id: 'data', label: 'progressData' },
  { id: 'team', label: 'progressTeam' },
];

type Loaded = NonNullable<ProgressState['loaded']>;

interface SectionProps {
  loaded: Loaded;
  reload: () => void;
  openLesson: (lessonId: string) => void;
}

function Overview({ loaded, openLesson }: SectionProps) {
  const { overview } = loaded;

  if (overview.empty) {
    return (
      <section className="card" data-testid="progress-empty">
        <p>{t('progressEmptyFirst')}</p>
        <button type="button" className="primary" onClick={() => openLesson('what-ai-is')}>
          {t('progressStartLesson')}
        </button>
      </section>
    );
  }

  return (
    <>
      <LevelCard assessment={overview.assessment} />
      <PractiseNextCard next={overview.next} onOpenLesson={openLesson} />
      <QualityChart points={overview.quality} />
      <SkillBars skills={overview.assessment.skills} />
      <Highlights overview={overview} />
      <Challenges challenges={overview.challenges} />
      <RecentActivity />
    </>
  );
}

function Lessons({ loaded, reload, openLesson, lessonId }: SectionProps & { lessonId?: string }) {
  const lesson = loaded.lessons.find((item) => item.id === lessonId);
  const done = () => {
    reload();
    announceChange();
  };

  if (lesson) {
    return (
      <LessonPlayer key={lesson.id} lesson={lesson} onDone={done} onBack={() => openLesson('')} />
    );
  }

  return (
    <LessonList
      lessons={loaded.lessons}
      passed={loaded.overview.lessonsPassed}
      onOpen={openLesson}
    />
  );
}

function DataSection({ loaded, reload }: SectionProps) {
  const changed = () => {
    reload();
    announceChange();
  };

  return (
    <>
      <StoredRecords version={loaded} />
      <HistoryTransfer onChange={changed} />
    </>
  );
}

/** The progress panel: overview, lessons, the learner's data and the team view. */
export function ProgressView({ fullPage = false }: { fullPage?: boolean }) {
  const { loaded, error, reload } = useProgress();
  const [section, setSection] = useState<Section>('overview');
  const [lessonId, setLessonId] = useState<string>();
  const openLesson = (id: string) => {
    setLessonId(id || undefined);
    setSection('lessons');
  };

  return (
    <div className="progress">
      <nav className="tabs sub-tabs" aria-label={t('progressSections')}>
        {sections.map((item) => (
          <button
            key={item.id}
            type="button"
            aria-pressed={section === item.id}
            onClick={() => (item.id === 'lessons' ? openLesson('') : setSection(item.id))}
          >
            {t(item.label)}
          </button>
        ))}
      </nav>
      {error && <p role="alert">{t('errorGeneric', error)}</p>}
      {!loaded && !error && <p className="muted">{t('loading')}</p>}
      {loaded && section === 'overview' && (
        <Overview loaded={loaded} reload={reload} openLesson={openLesson} />
      )}
      {loaded && section === 'lessons' && (
        <Lessons loaded={loaded} reload={reload} openLesson={openLesson} lessonId={lessonId} />
      )}
      {loaded && section === 'data' && (
        <DataSection loaded={loaded} reload={reload} openLesson={openLesson} />
      )}
      {loaded && section === 'team' && <TeamView overview={loaded.overview} />}
      {!fullPage && (
        <p>
          <a href={browser.runtime.getURL('/progress.html')} target="_blank" rel="noreferrer">
            {t('progressOpenPage')}
          </a>
        </p>
      )}
    </div>
  );
}

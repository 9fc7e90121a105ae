import { useState } from 'react';

import { t } from '@/lib/i18n';
import { getDatabase } from '@/lib/progress/db';
import { lessonCheckEvidence, type Lesson } from '@/lib/progress/lessons';
import { recordLessonCheck } from '@/lib/progress/load';
import { local } from './text';

interface Props {
  lesson: Lesson;
  onDone: () => void;
  onBack: () => void;
}

type Result = { score: number; passed: boolean } | { error: string };

/** One lesson: read, answer three questions, and the result is stored as evidence. */
export function LessonPlayer({ lesson, onDone, onBack }: Props) {
  const [answers, setAnswers] = useState<(number | undefined)[]>([]);
  const [result, setResult] = useState<Result>();

  const submit = () => {
    if (lesson.check.some((_, index) => answers[index] === undefined)) {
      return setResult({ error: t('lessonAnswerAll') });
    }

    const evidence = lessonCheckEvidence(lesson, answers, Date.now());
    recordLessonCheck(getDatabase(), evidence).then(
      () => {
        setResult(evidence);
        onDone();
      },
      (failure: Error) => setResult({ error: t('errorGeneric', failure.message) }),
    );
  };

  return (
    <article aria-labelledby="lesson-title" data-testid="lesson" data-lesson={lesson.id}>
      <button type="button" onClick={onBack}>
        {t('lessonBack')}
      </button>
      <h2 id="lesson-title">{local(lesson.title)}</h2>
      {lesson.paragraphs.map((paragraph, index) => (
        <p key={index}>{local(paragraph)}</p>
      ))}
      <h3>{t('lessonCheck')}</h3>
      {lesson.check.map((question, index) => (
        <fieldset key={index} className="question" data-testid="question">
          <legend>{local(question.question)}</legend>
          {question.options.map((option, choice) => (
            <label key={choice} className="check">
              <input
                type="radio"
                name={`${lesson.id}-${index}`}
                checked={answers[index] === choice}
                onChange={() => setAnswers((now) => Object.assign([...now], { [index]: choice }))}
              />
              {local(option)}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" className="primary" onClick={submit}>
        {t('lessonSubmit')}
      </button>
      <LessonResult result={result} />
    </article>
  );
}

function LessonResult({ result }: { result?: Result }) {
  if (!result) return null;
  if ('error' in result) return <p role="alert">{result.error}</p>;

  return (
    <p role="status" data-testid="lesson-result" data-passed={result.passed}>
      {t(result.passed ? 'lessonResultPassed' : 'lessonResultFailed', String(result.score))}
    </p>
  );
}

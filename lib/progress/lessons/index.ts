import type { LessonCheckEvidence } from '../evidence';
import { dataThatStaysOut, whatAiIs } from './foundation-1';
import { checkingAnswers, disclosingAiHelp, writingClearPrompts } from './foundation-2';
import type { Lesson } from './types';

export type { CheckQuestion, Lesson, LocalisedText } from './types';

/** The five foundation lessons of issue 7, in the order a learner meets them. */
export const foundationLessons: readonly Lesson[] = [
  whatAiIs,
  dataThatStaysOut,
  disclosingAiHelp,
  writingClearPrompts,
  checkingAnswers,
];

export const foundationLessonIds = foundationLessons.map((lesson) => lesson.id);

/** Two of three right passes: one slip is a misreading, two show the point was missed. */
export const passingScore = 66;

/** The score (share of right answers, 0..100) and whether it passes. */
export function scoreCheck(
  lesson: Lesson,
  answers: readonly (number | undefined)[],
): { score: number; passed: boolean } {
  const right = lesson.check.filter((question, index) => answers[index] === question.answer);
  const score = Math.round((right.length / lesson.check.length) * 100);

  return { score, passed: score >= passingScore };
}

/** The evidence a finished check becomes: which lesson, the score, passed or not. */
export function lessonCheckEvidence(
  lesson: Lesson,
  answers: readonly (number | undefined)[],
  time: number,
): LessonCheckEvidence {
  return { kind: 'lesson-check', time, lessonId: lesson.id, ...scoreCheck(lesson, answers) };
}

/** Foundation lessons first, then the pack's own; a pack lesson never replaces one of ours. */
export function lessonsInForce(packLessons: readonly Lesson[]): Lesson[] {
  const ids = new Set(foundationLessonIds);
  return [...foundationLessons, ...packLessons.filter((lesson) => !ids.has(lesson.id))];
}

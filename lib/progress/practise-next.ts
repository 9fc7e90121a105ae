import type { LevelId } from '../coaching/roles';
import { foundationLessonIds } from './lessons';
import type { MissingEvidence, LocalisedText } from './missing-evidence';
import type { PackTemplate } from './pack-content';
import type { SkillAssessment } from './skill-model';
import type { SkillId } from './skill-ids';
import { thresholds } from './thresholds';

/** The one thing to do next: a lesson, a template or a tip, tied to the weakest skill. */
export interface PractiseNext {
  topic: MissingEvidence['skill'];
  kind: 'lesson' | 'template' | 'tip';
  lessonId?: string;
  templateId?: string;
  message: LocalisedText;
}

/** Skills a foundation lesson teaches; the others are learnt by practice. */
const lessonFor: Partial<Record<MissingEvidence['skill'], string>> = {
  'understanding-ai': 'what-ai-is',
  'safe-use': 'data-that-stays-out',
  'clean-weeks': 'data-that-stays-out',
  'policy-alignment': 'data-that-stays-out',
  'core-prompting': 'writing-clear-prompts',
  agency: 'writing-clear-prompts',
  'critical-thinking': 'checking-answers',
};

const templateSkills = new Set<string>(['templates', 'workflows']);

/** How far a skill is from what its next level asks: lower is weaker. */
function shareOfNeeded(skill: string, assessment: SkillAssessment, target: LevelId): number {
  const requirement = thresholds.levels[target].requirements.find((item) => item.skill === skill);
  const value = assessment.skills.find((item) => item.id === (skill as SkillId))?.value;
  if (!requirement || value === undefined) return Infinity;

  return value / requirement.min;
}

/** The missing item to work on: a security hold first, else the weakest skill. */
function weakest(assessment: SkillAssessment): MissingEvidence | undefined {
  const hold = assessment.missing.find((item) => item.skill === 'clean-weeks');
  if (hold) return hold;

  const target = assessment.status === 'reached' ? assessment.nextLevel : assessment.level;
  if (!target) return undefined;

  const ranked = [...assessment.missing].sort(
    (a, b) =>
      shareOfNeeded(a.skill, assessment, target) - shareOfNeeded(b.skill, assessment, target),
  );
  return ranked[0];
}

/**
 * What to practise next. A lesson not yet passed comes first for a skill lessons teach;
 * template skills point at the pack's first template; everything else is the tip itself.
 */
export function practiseNext(
  assessment: SkillAssessment,
  lessonsPassed: ReadonlySet<string>,
  templates: readonly PackTemplate[],
): PractiseNext | null {
  const item = weakest(assessment);
  if (!item) return null;

  const lessonId =
    item.skill === 'understanding-ai'
      ? foundationLessonIds.find((id) => !lessonsPassed.has(id))
      : lessonFor[item.skill];
  if (lessonId && !lessonsPassed.has(lessonId)) {
    return { topic: item.skill, kind: 'lesson', lessonId, message: item.message };
  }

  const template = templateSkills.has(item.skill) ? templates[0] : undefined;
  if (template) {
    return { topic: item.skill, kind: 'template', templateId: template.id, message: item.message };
  }

  return { topic: item.skill, kind: 'tip', message: item.message };
}

import type { LevelId } from '../coaching/roles';

/**
 * The skills of the climb, grouped by the level that introduces them (issue 7, "Skill
 * model"). A higher level may also ask more of a lower level's skill: see thresholds.ts.
 */
export const skillsByLevel = {
  foundation: ['understanding-ai', 'safe-use', 'core-prompting'],
  organisation: ['policy-alignment', 'role-specific-use', 'templates'],
  'durable-skills': ['critical-thinking', 'curiosity', 'agency'],
  breakthrough: ['task-breadth', 'tool-breadth', 'workflows'],
  'co-intelligence': ['everyday-use'],
} as const satisfies Record<LevelId, readonly string[]>;

export type SkillId = (typeof skillsByLevel)[LevelId][number];

/** Every skill with its level, lowest level first. */
export const skillCatalogue: readonly { id: SkillId; level: LevelId }[] = Object.entries(
  skillsByLevel,
).flatMap(([level, ids]) => ids.map((id) => ({ id, level: level as LevelId })));

/** What each skill is called in the progress panel and in missing-evidence messages. */
export const skillLabels: Record<SkillId, { en: string; nl: string }> = {
  'understanding-ai': { en: 'understanding AI', nl: 'AI begrijpen' },
  'safe-use': { en: 'safe and ethical use', nl: 'veilig en ethisch gebruik' },
  'core-prompting': { en: 'core prompting', nl: 'basis van prompten' },
  'policy-alignment': { en: "your organisation's rules", nl: 'de regels van je organisatie' },
  'role-specific-use': { en: 'use for your role', nl: 'gebruik voor je rol' },
  templates: { en: 'templates', nl: 'sjablonen' },
  'critical-thinking': { en: 'critical thinking', nl: 'kritisch denken' },
  curiosity: { en: 'curiosity', nl: 'nieuwsgierigheid' },
  agency: { en: 'agency', nl: 'regie' },
  'task-breadth': { en: 'range of tasks', nl: 'breedte van taken' },
  'tool-breadth': { en: 'range of tools', nl: 'breedte van tools' },
  workflows: { en: 'workflows', nl: 'werkwijzen' },
  'everyday-use': { en: 'everyday use', nl: 'dagelijks gebruik' },
};

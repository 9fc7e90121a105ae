/** Role ids, fixed in VOCABULARY.md; `general` is the default until the user picks one. */
export const roleIds = [
  'general',
  'software-engineer',
  'data-analyst',
  'customer-support',
  'sales',
  'marketing',
  'hr',
  'legal',
  'finance',
  'product-manager',
  'executive',
  'teacher',
  'researcher',
] as const;

export type RoleId = (typeof roleIds)[number];

export const defaultRole: RoleId = 'general';

/** Task kinds, fixed in VOCABULARY.md. */
export const taskKinds = [
  'writing',
  'summarising',
  'coding',
  'analysis',
  'translating',
  'brainstorming',
  'deciding',
  'other',
] as const;

export type TaskKind = (typeof taskKinds)[number];

/** Levels of the climb, lowest first. */
export const levelIds = [
  'foundation',
  'organisation',
  'durable-skills',
  'breakthrough',
  'co-intelligence',
] as const;

export type LevelId = (typeof levelIds)[number];

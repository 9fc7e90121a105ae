import type { LevelId, RoleId, TaskKind } from '../roles';
import type { Tip } from '../tips';

/** One role tip, written compactly: id suffix, level, English, Dutch, optional task kinds. */
export type TipEntry = [id: string, level: LevelId, en: string, nl: string, taskKinds?: TaskKind[]];

/**
 * Turns a role's entries into tips whose ids start with `prefix` (the role's short name,
 * kept stable because tests and packs address tips by id).
 */
export function roleTips(role: RoleId, prefix: string, entries: TipEntry[]): Tip[] {
  return entries.map(([id, level, en, nl, taskKinds = []]) => ({
    id: `${prefix}-${id}`,
    level,
    roles: [role],
    tools: [],
    taskKinds,
    text: { en, nl },
  }));
}

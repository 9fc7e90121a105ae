import type { LevelId, RoleId, TaskKind } from './roles';
import { builtInTips } from './tips-data';

export type Language = 'en' | 'nl';

/** One piece of advice; empty `roles`, `tools` or `taskKinds` means "any". */
export interface Tip {
  id: string;
  level: LevelId;
  roles: RoleId[];
  tools: string[];
  taskKinds: TaskKind[];
  text: Record<Language, string>;
}

export interface TipQuery {
  role: RoleId;
  tool: string;
  taskKind?: TaskKind;
  count?: number;
}

/** A tip aimed elsewhere never shows; among the rest, the more specific the better. */
function relevance(tip: Tip, query: TipQuery): number {
  const fits = (list: readonly string[], value: string | undefined) =>
    list.length === 0 ? 0 : value !== undefined && list.includes(value) ? 1 : -Infinity;

  return (
    4 * fits(tip.roles, query.role) +
    2 * fits(tip.tools, query.tool) +
    fits(tip.taskKinds, query.taskKind)
  );
}

/**
 * The tips source: the best `count` tips for a role, tool and (optional) task kind, most
 * specific first and in their listed order otherwise. Pack tips will join `sources`.
 */
export function selectTips(query: TipQuery, sources: readonly Tip[] = builtInTips): Tip[] {
  return sources
    .map((tip, index) => ({ tip, index, score: relevance(tip, query) }))
    .filter((entry) => entry.score > -Infinity)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, query.count ?? 3)
    .map((entry) => entry.tip);
}

import type { PackCoaching, PackText, PackTip, PointOfView } from './pack-coaching';
import type { Tip } from './tips';

function bothLanguages(text: PackText): Tip['text'] {
  return { en: text.en, nl: text.nl ?? text.en };
}

function fromPackTip(tip: PackTip): Tip {
  return {
    id: tip.id,
    level: 'organisation',
    roles: tip.roles ?? [],
    tools: tip.tools ?? [],
    taskKinds: [],
    text: bothLanguages(tip.text),
  };
}

/** The pack's point of view per role becomes organisation-level tips: do this, never that. */
function fromPointOfView(view: PointOfView, index: number): Tip[] {
  const roles = view.role === '*' ? [] : [view.role];
  const lines = [...view.aiShould, ...view.aiMustNot];

  return lines.map((text, line) => ({
    id: `pov-${index}-${line}`,
    level: 'organisation',
    roles,
    tools: [],
    taskKinds: [],
    text: bothLanguages(text),
  }));
}

/**
 * Built-in tips with the pack's added: a pack tip with a built-in tip's id replaces it in
 * place; new team tips and the point of view go first, so they win ties of relevance.
 */
export function withPackTips(builtIn: readonly Tip[], pack: PackCoaching): Tip[] {
  const packTips = pack.tips.map(fromPackTip);
  const overrides = new Map(packTips.map((tip) => [tip.id, tip]));
  const builtInIds = new Set(builtIn.map((tip) => tip.id));
  const added = packTips.filter((tip) => !builtInIds.has(tip.id));
  const pointOfView = pack.pointOfView.flatMap(fromPointOfView);

  return [...added, ...pointOfView, ...builtIn.map((tip) => overrides.get(tip.id) ?? tip)];
}

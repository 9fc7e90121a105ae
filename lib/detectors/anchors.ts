import { matchAt, toFinding, type Verdict } from './match';
import type { Finding, FindingType } from './types';

/** A sticky pattern and the fixed prefix every one of its matches holds. */
export interface AnchoredRule {
  /** Source of the prefix (no capturing groups), as it stands in every match of `pattern`. */
  anchor: string;
  /** Characters before the prefix where a match may begin, farthest first; default [0]. */
  leads?: number[];
  pattern: RegExp;
  info: FindingType;
  validate: (match: RegExpExecArray, text: string) => Verdict | undefined;
}

/** Several anchored rules searched in one pass; see findAtAnchors. */
export interface AnchorSet {
  rules: AnchoredRule[];
  anchors: RegExp;
}

/** Combines the rules' prefixes into the one pattern findAtAnchors scans the text with. */
export function defineAnchors(rules: AnchoredRule[]): AnchorSet {
  const anchors = new RegExp(rules.map((rule) => `(${rule.anchor})`).join('|'), 'g');
  return { rules, anchors };
}

/**
 * Runs each rule's sticky pattern where its prefix occurs, finding the prefixes of all the
 * rules in one scan instead of one scan per pattern. Returns one list per rule, in rule order.
 * Each rule keeps its own cursor, so its list is what a global scan of its pattern finds,
 * provided no prefix sits inside another's occurrence where its pattern could match (the
 * token patterns refuse a letter right before their start, which rules that out).
 */
export function findAtAnchors(text: string, set: AnchorSet): Finding[][] {
  const { rules, anchors } = set;
  const found: Finding[][] = rules.map(() => []);
  const cursors = rules.map(() => 0);
  anchors.lastIndex = 0;

  for (let hit = anchors.exec(text); hit; hit = anchors.exec(text)) {
    const index = firstGroup(hit);
    const rule = rules[index]!;
    const match = matchAt(text, rule.pattern, hit.index, rule.leads ?? [0], cursors[index]!);
    if (!match) continue;

    const verdict = rule.validate(match, text);
    const { category, type } = rule.info;
    if (verdict) found[index]!.push(toFinding(match, verdict, category, verdict.type ?? type));
    cursors[index] = match.index + Math.max(1, match[0].length);
  }

  return found;
}

// The rule whose prefix matched: its capturing group is the one defined.
function firstGroup(hit: RegExpExecArray): number {
  let group = 1;
  while (hit[group] === undefined) group++;
  return group - 1;
}

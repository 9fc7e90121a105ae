import type { Finding } from '../detectors';
import { actionOrder, type Decision } from '../policy/decide';

/** The strictest of several decisions (one per file); no decisions means allow. */
export function strictestDecision(decisions: readonly (Decision | null)[]): Decision {
  let strictest: Decision = { action: 'allow', findings: [], rule: '', allowOverride: true };
  const findings = decisions.flatMap((decision) => decision?.findings ?? []);

  for (const decision of decisions) {
    if (!decision) continue;

    const rank = actionOrder.indexOf(decision.action);
    if (rank > actionOrder.indexOf(strictest.action)) strictest = decision;
  }

  const allowOverride = decisions.every(
    (decision) => !decision || decision.action !== strictest.action || decision.allowOverride,
  );
  return { ...strictest, findings, allowOverride };
}

/** What the user decides about, for several files at once. */
export interface JoinedFiles {
  /** The files' texts one after the other, each on its own line. */
  text: string;
  /** Each file's decision with its findings moved to where that file sits in `text`. */
  decisions: (Decision | null)[];
}

function shift(findings: readonly Finding[], offset: number): Finding[] {
  return findings.map((finding) => ({
    ...finding,
    start: finding.start + offset,
    end: finding.end + offset,
  }));
}

/**
 * Joins the files' texts; findings, scanned per file, carry offsets into their own file and
 * are moved by that file's place in the joined text, so a choice about the joined text
 * (redact, "not sensitive") reaches exactly the values that were found.
 */
export function joinFiles(
  texts: readonly (string | null)[],
  decisions: readonly (Decision | null)[],
): JoinedFiles {
  let offset = 0;
  const shifted = texts.map((text, index) => {
    const decision = decisions[index] ?? null;
    const moved = decision && {
      ...decision,
      findings: shift(decision.findings, offset),
      ...(decision.decisive ? { decisive: shift(decision.decisive, offset) } : {}),
    };
    offset += (text ?? '').length + 1;
    return moved;
  });

  return { text: texts.map((text) => text ?? '').join('\n'), decisions: shifted };
}

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

import type { SkillEvidence } from '../../../lib/progress/evidence';
import type { ProgressEvent } from '../../../lib/progress/event';

/** Synthetic evidence as the database stores it: pastes and prompts gain counts and length. */
export function toStoredEvents(evidence: readonly SkillEvidence[]): ProgressEvent[] {
  return evidence.map((item) => {
    if (item.kind === 'submit') {
      const findingCounts = item.category ? { [item.category]: 1 } : {};
      return { ...item, findingCounts, promptLength: 200 };
    }

    if (item.kind === 'paste') {
      const findingCounts = item.category ? { [item.category]: 1 } : {};
      return { ...item, role: 'marketing', findingCounts, promptLength: 500 };
    }

    return item;
  });
}

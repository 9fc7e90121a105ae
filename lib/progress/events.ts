import type { Finding } from '../detectors/types';
import type { AscentDatabase } from './db';
import { progressEventSchema, type FindingCounts, type ProgressEvent } from './event';
import { addEvent } from './event-store';

export { latestEvents } from './event-store';

/** Counts findings by category: the only trace of a text's content an event may keep. */
export function countByCategory(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = {};
  for (const finding of findings) {
    counts[finding.category] = (counts[finding.category] ?? 0) + 1;
  }

  return counts;
}

/**
 * Builds the stored record from exactly the allowed fields. The schemas are strict, so a
 * caller that passes anything more (text, a value) fails here instead of storing it.
 */
export function createEvent(input: ProgressEvent): ProgressEvent {
  return progressEventSchema.parse(input);
}

/** Checks and stores one event; answers its id. */
export async function recordEvent(database: AscentDatabase, input: ProgressEvent): Promise<number> {
  const event = createEvent(input);
  return addEvent(database, event);
}

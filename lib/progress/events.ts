import type { AscentDatabase } from './db';
import { progressEventSchema, type ProgressEvent } from './event';
import { addEvent } from './event-store';

export { latestEvents } from './event-store';
export { countByCategory } from '../detectors/count';

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

import type { AscentDatabase } from './db';
import { isScoredSubmit } from './event';
import { oldestEventTime } from './event-store';
import { unpackEvent } from './packed-event';

/** Every kind of record Ascent keeps about the learner, with how many there are. */
export interface StoredCounts {
  scoredPrompts: number;
  unscoredPrompts: number;
  pastes: number;
  lessonChecks: number;
  templateUses: number;
  rolledUpDays: number;
  /** One per day with events kept (day-summary.ts): what the panel reads. */
  daySummaries: number;
  /** The oldest day anything is kept for, or null with nothing stored. */
  oldest: number | null;
}

/** Counts for the "what Ascent stores" page, read from the database itself. */
export async function countStored(database: AscentDatabase): Promise<StoredCounts> {
  const counts: StoredCounts = {
    scoredPrompts: 0,
    unscoredPrompts: 0,
    pastes: 0,
    lessonChecks: 0,
    templateUses: 0,
    rolledUpDays: await database.days.count(),
    daySummaries: await database.summaries.count(),
    oldest: null,
  };

  await database.events.each((packed) => {
    const event = unpackEvent(packed);
    if (isScoredSubmit(event)) counts.scoredPrompts += 1;
    else if (event.kind === 'submit') counts.unscoredPrompts += 1;
    else if (event.kind === 'paste') counts.pastes += 1;
    else if (event.kind === 'lesson-check') counts.lessonChecks += 1;
    else counts.templateUses += 1;
  });

  const first = await oldestEventTime(database);
  const firstDay = await database.days.orderBy('day').first();
  counts.oldest = firstDay ? new Date(`${firstDay.day}T00:00`).getTime() : (first ?? null);
  return counts;
}

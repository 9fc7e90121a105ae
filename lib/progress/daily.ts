import type { ProgressEvent } from './event';

export interface DayCount {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  count: number;
}

/** The local calendar day of a time, so "today" matches the user's own clock. */
export function localDay(time: number): string {
  const date = new Date(time);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Events per local day, newest day first, for the days that have any. */
export function countPerDay(events: readonly Pick<ProgressEvent, 'time'>[]): DayCount[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const day = localDay(event.time);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }

  return [...counts]
    .map(([day, count]) => ({ day, count }))
    .sort((a, b) => b.day.localeCompare(a.day));
}

import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

import { parseMessage } from '@/lib/messages';
import { countPerDay, type DayCount } from '@/lib/progress/daily';
import { getDatabase } from '@/lib/progress/db';
import type { ProgressEvent } from '@/lib/progress/event';
import { latestEvents, readEvents } from '@/lib/progress/event-store';

const dayMs = 24 * 60 * 60 * 1000;
const perDayWindowDays = 14;

export interface EventSummary {
  latest: ProgressEvent[];
  perDay: DayCount[];
}

async function loadSummary(): Promise<EventSummary> {
  const database = getDatabase();
  const since = Date.now() - perDayWindowDays * dayMs;
  const recent = await readEvents(database, since);
  return { latest: await latestEvents(database, 10), perDay: countPerDay(recent) };
}

/** The last events and per-day counts, reloaded whenever the background records one. */
export function useEventSummary(): { summary?: EventSummary; error?: string } {
  const [summary, setSummary] = useState<EventSummary>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const reload = () =>
      loadSummary().then(setSummary, (failure: Error) => setError(failure.message));
    const onMessage = (raw: unknown) => {
      if (parseMessage(raw)?.type === 'event-recorded') void reload();
    };

    void reload();
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  return { summary, error };
}

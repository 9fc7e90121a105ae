import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

import { parseMessage } from '@/lib/messages';
import { getDatabase } from '@/lib/progress/db';
import { loadProgress, type LoadedProgress } from '@/lib/progress/load';
import { loadPackContent, type PackContent } from '@/lib/progress/pack-content';

export interface ProgressState {
  loaded?: LoadedProgress & { pack: PackContent };
  error?: string;
  reload: () => void;
}

/**
 * The progress overview, reloaded when the background records an event or this page
 * changes the history. A failed reload keeps the last good view and reports the error.
 */
export function useProgress(): ProgressState {
  const [loaded, setLoaded] = useState<ProgressState['loaded']>();
  const [error, setError] = useState<string>();

  const reload = useCallback(() => {
    loadPackContent()
      .then(async (pack) => ({ ...(await loadProgress(getDatabase(), pack, Date.now())), pack }))
      .then(
        (next) => {
          setLoaded(next);
          setError(undefined);
        },
        (failure: Error) => setError(failure.message),
      );
  }, []);

  useEffect(() => {
    const onMessage = (raw: unknown) => {
      if (parseMessage(raw)?.type === 'event-recorded') reload();
    };

    reload();
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [reload]);

  return { loaded, error, reload };
}

/** Tells the other open Ascent pages that the history changed. */
export function announceChange(): void {
  browser.runtime.sendMessage({ type: 'event-recorded' }).catch(() => undefined);
}

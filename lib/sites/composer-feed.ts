import type { Finding } from '../detectors';
import { readComposerText } from './composer';

/** Typing pauses this long before the composer's text is read, sent and scanned. */
export const composerDebounceMs = 300;

export interface ComposerFeed {
  /** The composer may have changed: read it after the debounce. */
  schedule(): void;
  /** Read it now (after an insertion or a submit). */
  flush(): void;
}

export interface ComposerFeedHandlers {
  composer(): HTMLElement | null;
  /** The text to send to the side panel; never called twice in a row for an empty composer. */
  onText(text: string): void;
  /** Large texts may be scanned in slices, asynchronously (see `scanInSlices`). */
  scan(text: string): Finding[] | Promise<Finding[]>;
  onFindings(findings: Finding[]): void;
}

/** Runs when the page is idle, where the browser can say so. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 500 });
  else setTimeout(work, 0);
}

/**
 * Follows what the user types: a keystroke only restarts a timer; after a pause the text
 * goes to the side panel (live scoring) and is scanned when the page is idle, for the
 * quiet marker by the composer. Nothing is enforced here: the policy applies at submit.
 */
export function feedComposer(handlers: ComposerFeedHandlers, signal: AbortSignal): ComposerFeed {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastText: string | null = null;
  let scanned: string | null = null;

  const flush = () => {
    clearTimeout(timer);
    const composer = handlers.composer();
    if (!composer || signal.aborted) return;

    const text = readComposerText(composer);
    if (text === lastText || (text.trim() === '' && lastText?.trim() === '')) return;

    lastText = text;
    handlers.onText(text);
    whenIdle(() => {
      if (signal.aborted || scanned === text) return;

      scanned = text;
      void Promise.resolve(text.trim() ? handlers.scan(text) : []).then((findings) => {
        // A newer text has been scanned meanwhile: its findings are the ones to show.
        if (!signal.aborted && scanned === text) handlers.onFindings(findings);
      });
    });
  };

  signal.addEventListener('abort', () => clearTimeout(timer));
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(flush, composerDebounceMs);
    },
    flush,
  };
}

import { findComposer } from './composer';
import type { SiteAdapter } from './types';

export type ComposerState = 'searching' | 'attached' | 'not-attached';

export interface ComposerWatch {
  current(): HTMLElement | null;
  state(): ComposerState;
}

/** How long a page may go without a composer before the side panel says "not attached". */
export const notAttachedAfterMs = 3000;

/**
 * Keeps track of the tool's composer through re-renders and in-app navigation. Chat apps
 * replace the composer element freely, so a DOM observer re-finds it whenever the one we
 * hold leaves the page; `onChange` hears every change of element or state.
 */
export function watchComposer(
  site: SiteAdapter,
  onChange: (composer: HTMLElement | null, state: ComposerState) => void,
  signal: AbortSignal,
): ComposerWatch {
  let composer: HTMLElement | null = null;
  let state: ComposerState = 'searching';
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let checkQueued = false;

  const publish = (next: HTMLElement | null, nextState: ComposerState) => {
    if (next === composer && nextState === state) return;

    composer = next;
    state = nextState;
    onChange(composer, state);
  };

  const startGrace = () => {
    if (graceTimer !== undefined) return;

    graceTimer = setTimeout(() => {
      graceTimer = undefined;
      if (!composer) publish(null, 'not-attached');
    }, notAttachedAfterMs);
  };

  const check = () => {
    checkQueued = false;
    if (signal.aborted) return;
    // Chat apps re-render by replacing the element, so a composer still in the page is
    // still the one; this keeps the check cheap while replies stream in.
    if (composer?.isConnected) return;

    const found = findComposer(document, site);
    if (found) {
      clearTimeout(graceTimer);
      graceTimer = undefined;
      publish(found, 'attached');
      return;
    }

    // Losing the composer is never shown as healthy: "searching" at once, then the grace
    // period decides whether it is really gone.
    publish(null, state === 'not-attached' ? 'not-attached' : 'searching');
    startGrace();
  };

  const queueCheck = () => {
    if (checkQueued) return;

    checkQueued = true;
    queueMicrotask(check);
  };

  const observer = new MutationObserver(queueCheck);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(graceTimer);
  });

  check();
  return { current: () => composer, state: () => state };
}

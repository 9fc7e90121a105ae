import type { SiteAdapter } from './types';

/** A reply counts as finished once it has not changed for this long. */
export const replyQuietMs = 800;

function lastReply(site: SiteAdapter): Element | null {
  for (const selector of site.replySelectors) {
    const all = document.querySelectorAll(selector);
    if (all.length > 0) return all[all.length - 1]!;
  }

  return null;
}

/** Whether a node lies inside any assistant reply. */
export function isInReply(site: SiteAdapter, node: Node | null): boolean {
  const element = node instanceof Element ? node : node?.parentElement;
  return site.replySelectors.some((selector) => element?.closest(selector));
}

/**
 * Calls `onReply` once per assistant reply, after it stops changing (replies stream in).
 * Mutations only restart a timer, so typing and streaming stay cheap.
 */
export function watchReplies(site: SiteAdapter, onReply: () => void, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reported = new WeakSet<Element>();
  // Replies already on the page when Ascent starts belong to the past.
  const existing = lastReply(site);
  if (existing) reported.add(existing);

  const settle = () => {
    const reply = lastReply(site);
    if (!reply || reported.has(reply) || !reply.textContent?.trim()) return;

    reported.add(reply);
    onReply();
  };

  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(settle, replyQuietMs);
  });

  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

import type { SiteAdapter } from './types';

/** A path segment that names one conversation: a UUID, a long hex or number, a slug id. */
const idSegment = /^(?=.*\d)[A-Za-z0-9_-]{8,}$/;

/** Start pages (`/`, `/new`, `/app`, `/chat`) carry no conversation id in their path. */
export function isStartPath(path: string): boolean {
  return !path.split('/').some((segment) => idSegment.test(segment));
}

function randomId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

export interface ConversationTracker {
  /** The current conversation's random id (memory only). */
  id(): string;
  /** Has the assistant answered in this conversation before the prompt being sent? */
  followsAnswer(): boolean;
  /** A prompt was sent; a start page's next path then belongs to this conversation. */
  notePrompt(): void;
  /** The path may have changed (in-app navigation). */
  checkPath(): void;
}

/**
 * Follows which conversation the tab shows. Each conversation gets a random id when first
 * seen; a chat that starts on a start page keeps its id when the app moves it to its own
 * URL after the first prompt, and going back to a known path brings back its id.
 */
export function trackConversation(site: SiteAdapter): ConversationTracker {
  const idsByPath = new Map<string, string>();
  let path = location.pathname;
  let id = randomId();
  let prompts = 0;
  idsByPath.set(path, id);

  const checkPath = () => {
    const next = location.pathname;
    if (next === path) return;

    const known = idsByPath.get(next);
    const continues = !known && prompts > 0 && isStartPath(path);
    if (!continues) {
      id = known ?? randomId();
      prompts = 0;
    }

    path = next;
    idsByPath.set(path, id);
  };

  const hasReply = () =>
    site.replySelectors.some((selector) => document.querySelector(selector) !== null);

  return {
    id: () => id,
    followsAnswer: () => hasReply(),
    notePrompt: () => {
      prompts += 1;
    },
    checkPath,
  };
}

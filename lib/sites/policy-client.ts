import { browser } from 'wxt/browser';

import { parseContentMessage } from '../content-messages';
import { log } from '../log';
import {
  defaultEffectivePolicy,
  effectivePolicySchema,
  type EffectivePolicy,
} from '../policy/effective';

export interface PolicyFollower {
  current(): EffectivePolicy;
  /** Asks the background again; resolves once the answer (or the fallback) is in force. */
  refresh(): Promise<void>;
  /** The background's policy once it answered (the default if it never does). */
  loaded(): Promise<EffectivePolicy>;
}

// TODO [2027-01-15]: a paste in the first moments after load, before the background has
// answered, is judged by the built-in default policy, not the organisation's pack.
/** How often, and how far apart, an unanswered policy request is asked again. */
const retryDelaysMs = [500, 1000, 2000, 4000];

/** Asks the background for this host's policy; undefined when there is no valid answer. */
async function fetchPolicy(host: string): Promise<EffectivePolicy | undefined> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'get-policy', host });
    const parsed = effectivePolicySchema.safeParse(answer);
    if (parsed.success) return parsed.data;

    log.warn('no valid policy from the background; using the default policy for now');
  } catch (error) {
    log.warn('policy request failed; using the default policy for now:', error as Error);
  }

  return undefined;
}

function copyPolicy(policy: EffectivePolicy): EffectivePolicy {
  return { ...policy, allowedValueHashes: [...policy.allowedValueHashes] };
}

/**
 * Keeps the policy for this page current: fetched at start, again when the background says
 * it changed and when the tab becomes visible (a pack may have changed while it was hidden).
 */
export function followPolicy(
  host: string,
  onChange: (policy: EffectivePolicy) => void,
  signal: AbortSignal,
): PolicyFollower {
  // A copy: values marked "not sensitive" are added to it in memory.
  let policy = copyPolicy(defaultEffectivePolicy);
  let settle: (policy: EffectivePolicy) => void = () => undefined;
  const loaded = new Promise<EffectivePolicy>((resolve) => (settle = resolve));

  // A background that is still starting (service worker waking, pack loading) gets asked
  // again; until then the default policy applies.
  const refresh = async (attempt = 0): Promise<void> => {
    const next = await fetchPolicy(host);
    if (signal.aborted) return;

    if (!next && attempt < retryDelaysMs.length) {
      setTimeout(() => void refresh(attempt + 1), retryDelaysMs[attempt]);
    }
    policy = copyPolicy(next ?? defaultEffectivePolicy);
    if (next || attempt >= retryDelaysMs.length) settle(policy);
    onChange(policy);
  };

  const onMessage = (raw: unknown) => {
    if (parseContentMessage(raw)?.type === 'policy-changed') void refresh();
    return undefined;
  };

  const onVisibility = () => {
    if (document.visibilityState === 'visible') void refresh();
  };

  browser.runtime.onMessage.addListener(onMessage);
  document.addEventListener('visibilitychange', onVisibility, { signal });
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

  return { current: () => policy, refresh: () => refresh(), loaded: () => loaded };
}

import { browser } from 'wxt/browser';

import { log } from '../log';
import { parseMessage } from '../messages';
import {
  defaultEffectivePolicy,
  effectivePolicySchema,
  type EffectivePolicy,
} from '../policy/effective';

export interface PolicyFollower {
  current(): EffectivePolicy;
  /** Asks the background again; resolves once the answer (or the fallback) is in force. */
  refresh(): Promise<void>;
}

/** Asks the background for this host's policy; anything but a valid answer is the default. */
async function fetchPolicy(host: string): Promise<EffectivePolicy> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'get-policy', host });
    const parsed = effectivePolicySchema.safeParse(answer);
    if (parsed.success) return parsed.data;

    log.warn('no valid policy from the background; using the default policy');
  } catch (error) {
    log.warn('policy request failed; using the default policy:', error as Error);
  }

  return defaultEffectivePolicy;
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

  const refresh = async () => {
    const next = await fetchPolicy(host);
    if (signal.aborted) return;

    policy = copyPolicy(next);
    onChange(policy);
  };

  const onMessage = (raw: unknown) => {
    if (parseMessage(raw)?.type === 'policy-changed') void refresh();
    return undefined;
  };

  const onVisibility = () => {
    if (document.visibilityState === 'visible') void refresh();
  };

  browser.runtime.onMessage.addListener(onMessage);
  document.addEventListener('visibilitychange', onVisibility, { signal });
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

  return { current: () => policy, refresh };
}

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
  /** Whether the background has answered (or every retry failed and the default stays). */
  isLoaded(): boolean;
  /** Asks the background again; resolves once the answer (or the fallback) is in force. */
  refresh(): Promise<void>;
  /** The background's policy once it answered (the default if it never does). */
  loaded(): Promise<EffectivePolicy>;
  /**
   * The background's policy, waited for at most `policyWaitMs`; then the policy in force
   * (the default). Immediate once loaded.
   */
  waitForPolicy(): Promise<EffectivePolicy>;
}

/** How often, and how far apart, an unanswered policy request is asked again. */
const retryDelaysMs = [500, 1000, 2000, 4000];

/**
 * How long a decision taken before the background's first answer (a paste with findings, a
 * file, a submit) waits for the organisation's pack before the default policy judges it.
 */
export const policyWaitMs = 2000;

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
  let isLoaded = false;
  let resolveLoaded: (policy: EffectivePolicy) => void = () => undefined;
  const loaded = new Promise<EffectivePolicy>((resolve) => (resolveLoaded = resolve));
  const settle = (settled: EffectivePolicy) => {
    isLoaded = true;
    resolveLoaded(settled);
  };

  // A background that is still starting (service worker waking, pack loading) gets asked
  // again; until then the default policy applies. A later failed request keeps the
  // organisation's policy that is in force.
  const refresh = async (attempt = 0): Promise<void> => {
    const next = await fetchPolicy(host);
    if (signal.aborted) return;

    if (!next && attempt < retryDelaysMs.length) {
      setTimeout(() => void refresh(attempt + 1), retryDelaysMs[attempt]);
    }
    if (next || !isLoaded) policy = copyPolicy(next ?? defaultEffectivePolicy);
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

  const waitForPolicy = (): Promise<EffectivePolicy> => {
    if (isLoaded) return Promise.resolve(policy);

    const timeout = new Promise<void>((resolve) => setTimeout(resolve, policyWaitMs));
    return Promise.race([loaded, timeout]).then(() => policy);
  };

  return {
    current: () => policy,
    isLoaded: () => isLoaded,
    refresh: () => refresh(),
    loaded: () => loaded,
    waitForPolicy,
  };
}

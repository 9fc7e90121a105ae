import { browser } from 'wxt/browser';

import { effectivePolicySchema } from '../policy/effective';
import { findSiteForHost, registerPackAdapters, type SiteAdapter } from './index';

/**
 * The adapter for this page: a built-in one, or else one a policy pack adds for this host
 * (the background only injects the content script there once the user granted the host).
 */
export async function findSiteForPage(): Promise<SiteAdapter | undefined> {
  const builtIn = findSiteForHost(location.hostname, location.pathname);
  if (builtIn) return builtIn;

  try {
    const answer: unknown = await browser.runtime.sendMessage({
      type: 'get-policy',
      host: location.hostname,
    });
    const policy = effectivePolicySchema.safeParse(answer);
    if (!policy.success || !policy.data.tools) return undefined;

    registerPackAdapters(policy.data.tools);
    return findSiteForHost(location.hostname, location.pathname);
  } catch {
    return undefined;
  }
}

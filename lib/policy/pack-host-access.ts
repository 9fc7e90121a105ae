import { browser } from 'wxt/browser';

import { findSiteForUrl, siteMatchPatterns } from '../sites';
import type { PackSiteAdapter } from '../sites/adapter-schema';
import { effectivePolicySchema } from './effective';

/** A tool the policy pack adds on a tab's host, and whether Ascent may run there yet. */
export interface PackHostAccess {
  toolName: string;
  host: string;
  /** The tool's match patterns: what the content script is registered on once granted. */
  origins: string[];
  granted: boolean;
}

function coversHost(tool: PackSiteAdapter, host: string): boolean {
  return tool.hosts.some((pattern) =>
    pattern.startsWith('*.')
      ? host === pattern.slice(2) || host.endsWith(pattern.slice(1))
      : host === pattern,
  );
}

function httpsHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The pack-added tool for a tab's URL, asked of the background (which knows the pack in
 * force); undefined for built-in tools, plain http pages and hosts no pack adds.
 */
export async function findPackHostAccess(url: string): Promise<PackHostAccess | undefined> {
  const host = httpsHost(url);
  if (!host || findSiteForUrl(url)) return undefined;

  const answer: unknown = await browser.runtime.sendMessage({ type: 'get-policy', host });
  const policy = effectivePolicySchema.safeParse(answer);
  const tool = policy.success
    ? policy.data.tools?.find((item) => coversHost(item, host))
    : undefined;
  if (!tool) return undefined;

  const origins = siteMatchPatterns([tool]);
  const granted = await browser.permissions.contains({ origins });
  return { toolName: tool.name, host, origins, granted };
}

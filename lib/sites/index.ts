import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { copilot } from './copilot';
import { demo } from './demo';
import { gemini } from './gemini';
import type { SiteAdapter } from './types';

export type { SiteAdapter, EditorKind } from './types';

/** Every tool Ascent covers in the store build. Adding a tool means adding a file here. */
export const siteAdapters: readonly SiteAdapter[] = [chatgpt, claude, gemini, copilot];

/** The demo page's adapter exists in the demo build alone. */
function activeAdapters(): readonly SiteAdapter[] {
  return import.meta.env?.MODE === 'demo' ? [...siteAdapters, demo] : siteAdapters;
}

function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;

  const base = pattern.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

/** The adapter for a host name (any path on it), or undefined when it is no AI tool. */
export function findSiteForHost(host: string): SiteAdapter | undefined {
  const normalised = host.toLowerCase().replace(/\.$/, '');
  return activeAdapters().find((site) =>
    site.hosts.some((pattern) => hostMatches(pattern, normalised)),
  );
}

/** The adapter for a full URL; only https pages count, except the local demo page. */
export function findSiteForUrl(url: string): SiteAdapter | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }

  const site = findSiteForHost(parsed.hostname);
  if (!site) return undefined;

  const secure = parsed.protocol === 'https:';
  return secure || site.id === 'demo' ? site : undefined;
}

/** Match patterns for the content script and host permissions: every host, any path. */
export function siteMatchPatterns(sites: readonly SiteAdapter[] = siteAdapters): string[] {
  return sites.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
}

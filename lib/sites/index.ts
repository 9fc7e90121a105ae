import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { copilot } from './copilot';
import { deepseek } from './deepseek';
import { demo } from './demo';
import { gemini } from './gemini';
import { grok } from './grok';
import { huggingchat } from './huggingchat';
import { m365Copilot } from './m365-copilot';
import { metaAi } from './meta-ai';
import { mistral } from './mistral';
import { perplexity } from './perplexity';
import { poe } from './poe';
import type { SiteAdapter } from './types';

export type { SiteAdapter, EditorKind } from './types';

/** Every tool Ascent covers in the store build. Adding a tool means adding a file here. */
export const siteAdapters: readonly SiteAdapter[] = [
  chatgpt,
  claude,
  gemini,
  copilot,
  m365Copilot,
  perplexity,
  mistral,
  deepseek,
  grok,
  metaAi,
  poe,
  huggingchat,
];

/** Adapters a policy pack added at runtime (its own hosts); declarative like the files. */
let packAdapters: readonly SiteAdapter[] = [];

/**
 * Registers the tools a policy pack adds. A pack adapter never replaces a built-in one:
 * a host Ascent already covers keeps its own, tested adapter.
 */
export function registerPackAdapters(adapters: readonly SiteAdapter[]): void {
  const builtIn = new Set(siteAdapters.map((site) => site.id));
  packAdapters = adapters.filter((site) => !builtIn.has(site.id));
}

/** The demo page's adapter exists in the demo build alone. */
function activeAdapters(): readonly SiteAdapter[] {
  const base = import.meta.env?.MODE === 'demo' ? [...siteAdapters, demo] : siteAdapters;
  return [...base, ...packAdapters];
}

function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return host === pattern;

  const base = pattern.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

/** A path-scoped tool (HuggingChat on huggingface.co) covers its own paths alone. */
function pathMatches(site: SiteAdapter, path: string | undefined): boolean {
  if (!site.paths || path === undefined) return true;

  return site.paths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * The adapter for a host name and, for tools that share a host, the path; undefined when
 * it is no AI tool. Without a path, a path-scoped tool still matches its host.
 */
export function findSiteForHost(host: string, path?: string): SiteAdapter | undefined {
  const normalised = host.toLowerCase().replace(/\.$/, '');
  return activeAdapters().find(
    (site) =>
      site.hosts.some((pattern) => hostMatches(pattern, normalised)) && pathMatches(site, path),
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

  const site = findSiteForHost(parsed.hostname, parsed.pathname);
  if (!site) return undefined;

  const secure = parsed.protocol === 'https:';
  return secure || site.id === 'demo' ? site : undefined;
}

/** Match patterns for the content script and host permissions, path-scoped where needed. */
export function siteMatchPatterns(sites: readonly SiteAdapter[] = siteAdapters): string[] {
  return sites.flatMap((site) =>
    site.hosts.flatMap((host) =>
      (site.paths ?? ['']).map((path) => `https://${host}${path ? `${path}*` : '/*'}`),
    ),
  );
}

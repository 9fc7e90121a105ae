import { browser } from 'wxt/browser';

import { log } from '../log';
import { findSiteForHost, siteMatchPatterns } from '../sites';
import { packInForceItem } from '../storage';
import type { PolicyPack } from './pack-schema';
import { currentPolicyPack } from './pack-service';

/**
 * The content script on the hosts a policy pack adds. The manifest only names the built-in
 * tools; a pack's own hosts get the same script registered at runtime, once the user has
 * granted the host (docs/policy-packs.md).
 */

const scriptId = 'ascent-pack-tools';
/** What WXT builds entrypoints/content.ts into. */
const contentScriptFile = '/content-scripts/content.js';

/** Match patterns of the pack's added hosts that no built-in adapter covers already. */
export function packHostPatterns(pack: PolicyPack): string[] {
  const tools = (pack.tools?.extraHosts ?? []).map((tool) => ({
    ...tool,
    hosts: tool.hosts.filter((host) => !findSiteForHost(host.replace(/^\*\./, ''))),
  }));
  return [...new Set(siteMatchPatterns(tools))];
}

async function grantedPatterns(patterns: readonly string[]): Promise<string[]> {
  const granted = await Promise.all(
    patterns.map((origin) => browser.permissions.contains({ origins: [origin] })),
  );
  return patterns.filter((_pattern, index) => granted[index]);
}

function sameList(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((item) => right.includes(item));
}

/** Registers the content script on exactly the granted pack hosts; no change, no call. */
async function syncRegistration(): Promise<void> {
  const matches = await grantedPatterns(packHostPatterns(await currentPolicyPack()));
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId] });
  if (registered && sameList(registered.matches ?? [], matches)) return;

  if (registered) await browser.scripting.unregisterContentScripts({ ids: [scriptId] });
  if (matches.length === 0) return;

  await browser.scripting.registerContentScripts([
    {
      id: scriptId,
      matches,
      js: [contentScriptFile],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  log.debug('content script registered on pack hosts:', matches.length);
}

// One sync at a time: two overlapping ones would both register the same id and one fails.
let queue: Promise<void> = Promise.resolve();

function scheduleSync(): void {
  queue = queue
    .then(syncRegistration)
    .catch((error: Error) => log.error('pack host registration failed:', error));
}

/** Tabs already open on a newly granted pack host get the script now, not on reload. */
async function injectIntoOpenTabs(origins: readonly string[]): Promise<void> {
  const packPatterns = packHostPatterns(await currentPolicyPack());
  const fresh = origins.filter((origin) => packPatterns.includes(origin));
  if (fresh.length === 0) return;

  await queue;
  for (const tab of await browser.tabs.query({ url: fresh })) {
    if (tab.id === undefined) continue;
    browser.scripting
      .executeScript({ target: { tabId: tab.id }, files: [contentScriptFile] })
      .catch(() => undefined);
  }
}

/** Keeps the registration in step with the pack in force and the granted hosts. */
export function startPackHostScripts(): void {
  // Firefox before 102 and other browsers without the scripting API keep manifest hosts only.
  if (!browser.scripting?.registerContentScripts) return;

  browser.permissions.onAdded.addListener((added) => {
    scheduleSync();
    void injectIntoOpenTabs(added.origins ?? []).catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(scheduleSync);
  packInForceItem.watch(scheduleSync);
  scheduleSync();
}

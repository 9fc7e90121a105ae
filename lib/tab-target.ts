import { browser, type Browser } from 'wxt/browser';

import { tabStatusSchema, type TabStatus } from './messages';
import { findSiteForUrl } from './sites';

export type TabView =
  | { kind: 'status'; tabId: number; status: TabStatus }
  | { kind: 'no-tool'; tabId: number | undefined }
  | { kind: 'no-content-script'; tabId: number; toolName: string };

/**
 * Which tab the side panel describes. Normally the active tab of its window; with
 * `?tabUrl=<match pattern>` the most recently used tab whose URL matches, which lets the
 * panel run as an ordinary page (tests, the demo) and still describe a chat tab.
 */
export async function findTargetTab(search: string): Promise<Browser.tabs.Tab | undefined> {
  const pattern = new URLSearchParams(search).get('tabUrl');
  if (pattern) {
    // A malformed pattern makes the query throw; the panel then describes no tool.
    const tabs = await browser.tabs.query({ url: pattern }).catch(() => []);
    return tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  }

  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}

/** Asks the tab's content script for its status; explains the tab when none answers. */
export async function describeTab(tab: Browser.tabs.Tab | undefined): Promise<TabView> {
  if (tab?.id === undefined) return { kind: 'no-tool', tabId: undefined };

  const site = tab.url ? findSiteForUrl(tab.url) : undefined;
  if (!site) return describePackTab(tab.id);

  try {
    const reply: unknown = await browser.tabs.sendMessage(tab.id, { type: 'get-tab-status' });
    const status = tabStatusSchema.parse(reply);
    return { kind: 'status', tabId: tab.id, status };
  } catch {
    // A tab opened before Ascent was installed or updated has no content script yet.
    return { kind: 'no-content-script', tabId: tab.id, toolName: site.name };
  }
}

/** A host a policy pack adds runs the content script once granted; any other is no tool. */
async function describePackTab(tabId: number): Promise<TabView> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'get-tab-status' });
    return { kind: 'status', tabId, status: tabStatusSchema.parse(reply) };
  } catch {
    return { kind: 'no-tool', tabId };
  }
}

import { browser } from 'wxt/browser';

import { setDebugLogging } from './log';

/**
 * The debug-logging switch read straight from storage.local. lib/storage.ts declares the
 * same item for the settings page; this module stays without @wxt-dev/storage so the
 * content script, which only reads this one key, keeps under its size budget (issue 5).
 */
export const debugLoggingKey = 'debugLogging';

/** Makes the logger follow the debug setting in this context, now and when it changes. */
export async function followDebugLogging(): Promise<void> {
  const stored = await browser.storage.local.get(debugLoggingKey);
  setDebugLogging(stored[debugLoggingKey] === true);

  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[debugLoggingKey];
    if (area === 'local' && change) setDebugLogging(change.newValue === true);
  });
}

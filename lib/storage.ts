import { storage } from 'wxt/utils/storage';

import { defaultRole, roleIds, type RoleId } from './coaching/roles';
import { setDebugLogging } from './log';

/**
 * Every storage key Ascent uses, with its typed default. Settings only: prompt text and
 * matched values never go into storage.
 */
export const roleSetting = storage.defineItem<RoleId>('local:role', {
  fallback: defaultRole,
  version: 1,
});

/** Set once the user has finished the first-run screen of the side panel. */
export const onboardedSetting = storage.defineItem<boolean>('local:onboarded', {
  fallback: false,
  version: 1,
});

export const debugLoggingSetting = storage.defineItem<boolean>('local:debugLogging', {
  fallback: false,
  version: 1,
});

/** A stored role that is not (or no longer) a known id falls back to the default. */
export async function readRole(): Promise<RoleId> {
  const stored = await roleSetting.getValue();
  return (roleIds as readonly string[]).includes(stored) ? stored : defaultRole;
}

/** Makes the logger follow the debug setting in this context, now and when it changes. */
export async function followDebugLogging(): Promise<void> {
  setDebugLogging(await debugLoggingSetting.getValue());
  debugLoggingSetting.watch((on) => setDebugLogging(on));
}

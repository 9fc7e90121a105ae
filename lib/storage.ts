import { storage } from 'wxt/utils/storage';

import { defaultCritiqueSettings, type CritiqueSettings } from './coaching/critique/settings';
import { defaultNudgePreferences, type NudgePreferences } from './coaching/nudge-rules';
import { defaultRole, roleIds, type RoleId } from './coaching/roles';
import { debugLoggingKey } from './debug-logging';
import type { PackInForce, PackUrlState, RefusedUpdate, UserActions } from './policy/pack-state';

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

export { followDebugLogging } from './debug-logging';

/** The content script reads this key without this module (lib/debug-logging.ts). */
export const debugLoggingSetting = storage.defineItem<boolean>(`local:${debugLoggingKey}`, {
  fallback: false,
  version: 1,
});

/** "Less of this" choices and the last time each nudge moment spoke (no prompt text). */
export const nudgePreferencesSetting = storage.defineItem<NudgePreferences>(
  'local:nudgePreferences',
  { fallback: defaultNudgePreferences, version: 1 },
);

/** The optional AI critique: off until the user (or pack) turns it on. */
export const critiqueSetting = storage.defineItem<CritiqueSettings>('local:critique', {
  fallback: defaultCritiqueSettings,
  version: 1,
});

/** The critique endpoint's API key: storage.local only, never synced, never logged. */
export const critiqueApiKeySetting = storage.defineItem<string>('local:critiqueApiKey', {
  fallback: '',
  version: 1,
});

/** Days after which prompt events roll up into daily aggregates (issue 7; default 180). */
export const rollupAfterDaysSetting = storage.defineItem<number>('local:rollupAfterDays', {
  fallback: 180,
  version: 1,
});

/** A stored role that is not (or no longer) a known id falls back to the default. */
export async function readRole(): Promise<RoleId> {
  const stored = await roleSetting.getValue();
  return (roleIds as readonly string[]).includes(stored) ? stored : defaultRole;
}

/** The validated policy pack in force (lib/policy/pack-service.ts writes it; panels read it). */
export const packInForceItem = storage.defineItem<PackInForce | null>('local:packInForce', {
  fallback: null,
  version: 1,
});

/** The last pack update that was refused, with its reason, for the status views. */
export const lastRefusedUpdateItem = storage.defineItem<RefusedUpdate | null>(
  'local:lastRefusedUpdate',
  { fallback: null, version: 1 },
);

/** The last good pack from each source; the highest-precedence one is in force. */
export const acceptedPacksItem = storage.defineItem<Partial<Record<string, PackInForce>>>(
  'local:acceptedPacks',
  { fallback: {}, version: 1 },
);

/** The pack URL the user configured in the options page ('' for none). */
export const packUrlSetting = storage.defineItem<string>('local:packUrl', {
  fallback: '',
  version: 1,
});

/** Conditional-request and back-off bookkeeping per URL source (managed, user). */
export const packUrlStateItem = storage.defineItem<Partial<Record<string, PackUrlState>>>(
  'local:packUrlState',
  { fallback: {}, version: 1 },
);

/** Off switches the user controls, unless the managed pack locks them. */
export const detectionEnabledSetting = storage.defineItem<boolean>('local:detectionEnabled', {
  fallback: true,
  version: 1,
});

export const pausedSitesSetting = storage.defineItem<string[]>('local:pausedSites', {
  fallback: [],
  version: 1,
});

/** The user's own action per finding category; a milder one only applies when unlocked. */
export const userActionsSetting = storage.defineItem<UserActions>('local:userActions', {
  fallback: {},
  version: 1,
});

/** Salted hashes of values the user marked not sensitive (never the values). */
export const notSensitiveHashesItem = storage.defineItem<string[]>('local:notSensitiveHashes', {
  fallback: [],
  version: 1,
});

export const valueHashSaltItem = storage.defineItem<string>('local:valueHashSalt', {
  fallback: '',
  version: 1,
});

import { browser } from 'wxt/browser';

import { log } from '../log';
import {
  acceptedPacksItem,
  detectionEnabledSetting,
  notSensitiveHashesItem,
  packInForceItem,
  packUrlSetting,
  packUrlStateItem,
  pausedSitesSetting,
  userActionsSetting,
  valueHashSaltItem,
} from '../storage';
import type { EffectivePolicy } from './effective';
import {
  effectivePolicyFor,
  toEffectiveLocks,
  type EffectiveLocks,
  type UserPolicySettings,
} from './effective-for-host';
import { hasManagedPack, readManagedConfig, type ManagedConfig } from './managed-config';
import type { PolicyPack } from './pack-schema';
import { builtInPack, removeSource, storeCandidate, updatePackInForce } from './pack-store';
import type { PackInForce, PackSource, PackUrlState } from './pack-state';
import { fetchPackUrl, retryDelayMinutes } from './pack-url';
import { checkPackSignature } from './signature';
import { newSalt } from './value-hash';

/**
 * The background's side of policy packs: keeps the pack from each source current
 * (managed policy, pack URL, imported file, built-in default) and answers what applies.
 */

const refreshAlarm = 'ascent-pack-refresh';
const retryAlarm = 'ascent-pack-retry';
const refreshMinutes = 60;

const allLocked: EffectiveLocks = {
  detectionOff: true,
  pauseSite: true,
  lowerAction: true,
  critiqueEndpoint: true,
  markNotSensitive: true,
};

/**
 * The managed pack text last judged in this worker and its outcome. Memory only: a copy in
 * storage.local could be rewritten by a content script, managed storage cannot.
 */
let managedMemo: { text: string; pack: PackInForce | null } | undefined;

/** Judges the pack carried in managed policy, once per distinct text. */
async function syncManagedText(config: ManagedConfig, text: string): Promise<void> {
  if (managedMemo?.text === text) return;

  const result = await storeCandidate('managed', text, candidateOptions(config));
  managedMemo = { text, pack: 'accepted' in result ? result.accepted : null };
  if ('refused' in result) log.warn('managed pack refused:', result.refused.reason);
}

function candidateOptions(config: ManagedConfig) {
  return {
    publisherKeys: config.publisherKeys,
    pinnedVersion: config.pinnedVersion,
    now: Date.now(),
  };
}

/** Brings the managed source in line with what policy says now. */
export async function syncManaged(): Promise<void> {
  const config = await readManagedConfig();
  if (config.packJson) return syncManagedText(config, config.packJson);
  if (config.packUrl) return refreshUrl('managed', config.packUrl, config);

  managedMemo = undefined;
  await removeSource('managed');
}

/**
 * The managed pack, worked out from managed storage on every call. `configured` without a
 * pack means policy names a pack that cannot be trusted (yet).
 */
export async function currentManagedPack(): Promise<{ configured: boolean; pack?: PackInForce }> {
  const config = await readManagedConfig();
  if (!hasManagedPack(config)) return { configured: false };

  if (config.packJson) {
    await syncManagedText(config, config.packJson);
    if (managedMemo?.pack) return { configured: true, pack: managedMemo.pack };
  }

  const stored = (await acceptedPacksItem.getValue()).managed;
  return stored && (await stillTrusted(stored, config))
    ? { configured: true, pack: stored }
    : { configured: true };
}

/** A stored managed pack counts only while it still verifies with the policy's keys. */
async function stillTrusted(stored: PackInForce, config: ManagedConfig): Promise<boolean> {
  if (stored.source !== 'managed') return false;
  // TODO [2027-01-15]: without publisher keys a stored managed-URL pack is trusted as is; keep
  // a keyed hash of it in storage.session (not readable by content scripts) instead.
  if (config.publisherKeys.length === 0) return true;

  const check = await checkPackSignature(stored.pack, config.publisherKeys);
  return check.state === 'verified';
}

/** The locks in force: from the managed pack only, every lock held while it is untrusted. */
export async function readLocks(): Promise<EffectiveLocks> {
  const managed = await currentManagedPack();
  if (!managed.configured) return toEffectiveLocks(undefined);

  return managed.pack ? toEffectiveLocks(managed.pack.pack.locks) : allLocked;
}

/** The pack whose rules apply now: a trusted managed pack first, then the one in force. */
export async function currentPolicyPack(
  managed?: Awaited<ReturnType<typeof currentManagedPack>>,
): Promise<PolicyPack> {
  const trusted = (managed ?? (await currentManagedPack())).pack;
  return trusted?.pack ?? (await packInForceItem.getValue())?.pack ?? builtInPack().pack;
}

/** The EffectivePolicy for a host, answered to `get-policy`. */
export async function policyForHost(host: string): Promise<EffectivePolicy> {
  const managed = await currentManagedPack();
  const locks = !managed.configured
    ? toEffectiveLocks(undefined)
    : managed.pack
      ? toEffectiveLocks(managed.pack.pack.locks)
      : allLocked;

  const pack = await currentPolicyPack(managed);

  return effectivePolicyFor(pack, host, locks, await readUserPolicySettings());
}

/** The salt read or being made right now; shared so concurrent callers get the same one. */
let pendingSalt: Promise<string> | undefined;

async function readOrMakeSalt(): Promise<string> {
  const stored = await valueHashSaltItem.getValue();
  if (stored) return stored;

  const salt = newSalt();
  await valueHashSaltItem.setValue(salt);
  return salt;
}

/**
 * The profile's value-hash salt, made on first use. Single-flight: two `get-policy` answers
 * racing on a fresh profile would otherwise each make a salt, and a value hashed with the
 * first would no longer match once the second was stored.
 */
export function readValueHashSalt(): Promise<string> {
  pendingSalt ??= readOrMakeSalt().finally(() => (pendingSalt = undefined));
  return pendingSalt;
}

/** The user's settings that shape enforcement; makes the hash salt on first use. */
export async function readUserPolicySettings(): Promise<UserPolicySettings> {
  const salt = await readValueHashSalt();

  return {
    detectionEnabled: await detectionEnabledSetting.getValue(),
    pausedSites: await pausedSitesSetting.getValue(),
    actions: await userActionsSetting.getValue(),
    notSensitiveHashes: await notSensitiveHashesItem.getValue(),
    salt,
  };
}

/** Fetches the managed and the user's pack URLs; `force` skips the freshness check. */
export async function refreshPackUrls(force = true): Promise<void> {
  const config = await readManagedConfig();
  if (config.packUrl && !config.packJson)
    await refreshUrl('managed', config.packUrl, config, force);

  const userUrl = (await packUrlSetting.getValue()).trim();
  if (userUrl) await refreshUrl('url', userUrl, config, force);
  else await removeSource('url');
}

async function refreshUrl(
  source: PackSource,
  url: string,
  config: ManagedConfig,
  force = true,
): Promise<void> {
  const states = await packUrlStateItem.getValue();
  const previous = states[source];
  const state: PackUrlState = previous?.url === url ? previous : { url, failures: 0 };
  if (!force && isFresh(state)) return;

  const next = await fetchAndStore(source, state, config);
  await packUrlStateItem.setValue({ ...(await packUrlStateItem.getValue()), [source]: next });
  if (next.failures > 0) scheduleRetry(next.failures);
}

function isFresh(state: PackUrlState): boolean {
  return state.failures === 0 && Date.now() - (state.lastCheckedAt ?? 0) < refreshMinutes * 60_000;
}

/** One fetch and its verdict; failures count up for the back-off, success resets them. */
async function fetchAndStore(
  source: PackSource,
  state: PackUrlState,
  config: ManagedConfig,
): Promise<PackUrlState> {
  const checked = { ...state, lastCheckedAt: Date.now() };
  const fetched = await fetchPackUrl(state.url, state.etag);
  if (fetched.kind === 'unchanged') return { ...checked, failures: 0, lastError: undefined };
  if (fetched.kind === 'failed')
    return { ...checked, failures: state.failures + 1, lastError: fetched.reason };

  const result = await storeCandidate(source, fetched.text, candidateOptions(config));
  if ('refused' in result)
    return {
      ...checked,
      etag: undefined,
      failures: state.failures + 1,
      lastError: result.refused.reason,
    };

  return { ...checked, etag: fetched.etag, failures: 0, lastError: undefined };
}

function scheduleRetry(failures: number): void {
  const delayInMinutes = retryDelayMinutes(failures);
  log.debug('pack URL failed; retry in minutes:', delayInMinutes);
  browser.alarms.create(retryAlarm, { delayInMinutes });
}

/** Tells every tab's content script to ask for its policy again. */
async function broadcastPolicyChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    browser.tabs.sendMessage(tab.id, { type: 'policy-changed' }).catch(() => undefined);
  }

  browser.runtime.sendMessage({ type: 'policy-changed' }).catch(() => undefined);
}

function refreshAll(force: boolean): void {
  syncManaged()
    .then(() => refreshPackUrls(force))
    .then(() => updatePackInForce())
    .catch((error: Error) => log.error('pack refresh failed:', error));
}

/** Wires the pack sources, their schedule and the change broadcast into the background. */
export function startPackService(): void {
  browser.alarms.create(refreshAlarm, { periodInMinutes: refreshMinutes });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === refreshAlarm || alarm.name === retryAlarm) refreshAll(true);
  });
  browser.runtime.onStartup.addListener(() => refreshAll(true));
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') refreshAll(true);
  });
  packUrlSetting.watch(() => refreshAll(true));

  const broadcast = () => void broadcastPolicyChanged().catch(() => undefined);
  for (const item of [packInForceItem, pausedSitesSetting, userActionsSetting])
    item.watch(broadcast);
  detectionEnabledSetting.watch(broadcast);
  notSensitiveHashesItem.watch(broadcast);

  // A worker restart is not a browser start: a fresh URL answer is not fetched again.
  refreshAll(false);
}

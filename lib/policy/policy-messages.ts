import type { Message, MessageOf } from '../messages';
import { notSensitiveHashesItem, packInForceItem, pausedSitesSetting } from '../storage';
import { defaultRetentionDays, getAuditDatabase, recordDecision } from './audit-db';
import { builtInPack } from './pack-store';
import { policyForHost, readLocks } from './pack-service';

/** The answer to a request that a lock may refuse. */
export interface PolicyAnswer {
  ok: boolean;
  reason?: string;
}

const maxNotSensitiveHashes = 1000;

/**
 * Answers the policy messages. Locks are read from managed policy on every call, so the
 * sender (a content script, a page, a stale panel) cannot talk its way past them.
 * Returns undefined for messages that are not about policy.
 */
export function answerPolicyMessage(
  message: Message,
  fromTab: boolean,
): Promise<unknown> | undefined {
  switch (message.type) {
    case 'get-policy':
      return policyForHost(message.host);
    case 'set-site-paused':
      return setSitePaused(message);
    case 'mark-not-sensitive':
      return markNotSensitive(message);
    case 'policy-decision':
      // Decisions come from the content script that made them, not from extension pages.
      return fromTab ? recordPolicyDecision(message) : Promise.resolve({ ok: false });
    default:
      return undefined;
  }
}

async function setSitePaused(message: MessageOf<'set-site-paused'>): Promise<PolicyAnswer> {
  const locks = await readLocks();
  if (message.paused && locks.pauseSite)
    return { ok: false, reason: 'pausing a site is locked by your organisation' };

  const host = message.host.toLowerCase();
  const paused = (await pausedSitesSetting.getValue()).filter((site) => site !== host);
  await pausedSitesSetting.setValue(message.paused ? [...paused, host] : paused);
  return { ok: true };
}

async function markNotSensitive(message: MessageOf<'mark-not-sensitive'>): Promise<PolicyAnswer> {
  const locks = await readLocks();
  if (locks.markNotSensitive)
    return { ok: false, reason: 'marking values as not sensitive is locked by your organisation' };

  const hashes = await notSensitiveHashesItem.getValue();
  if (!hashes.includes(message.valueHash))
    await notSensitiveHashesItem.setValue(
      [...hashes, message.valueHash].slice(-maxNotSensitiveHashes),
    );
  return { ok: true };
}

async function recordPolicyDecision(message: MessageOf<'policy-decision'>): Promise<PolicyAnswer> {
  const pack = (await packInForceItem.getValue())?.pack ?? builtInPack().pack;
  await recordDecision(getAuditDatabase(), message, {
    packId: pack.id,
    packVersion: pack.version,
    retentionDays: pack.audit?.retentionDays ?? defaultRetentionDays,
    customPatterns: (pack.dataRules.patterns ?? []).map(
      ({ allowOverride: _o, action: _a, ...pattern }) => pattern,
    ),
    now: Date.now(),
  });
  return { ok: true };
}

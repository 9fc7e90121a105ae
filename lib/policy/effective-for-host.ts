import { findSiteForHost } from '../sites';
import { packSiteAdapterSchema, type PackSiteAdapter } from '../sites/adapter-schema';
import { actionOrder, type Action } from './decide';
import { defaultEffectivePolicy, type EffectivePolicy, type PolicyRule } from './effective';
import type { PackLocks, PolicyPack } from './pack-schema';
import type { UserActions } from './pack-state';
import { hashValue } from './value-hash';

/** The user's own settings that may change enforcement, within what the locks allow. */
export interface UserPolicySettings {
  detectionEnabled: boolean;
  pausedSites: readonly string[];
  actions: UserActions;
  notSensitiveHashes: readonly string[];
  salt: string;
}

export type EffectiveLocks = EffectivePolicy['locks'];

/** Every lock as a boolean; only a managed pack's locks reach here. */
export function toEffectiveLocks(locks: PackLocks | undefined): EffectiveLocks {
  return {
    detectionOff: locks?.detectionOff ?? false,
    pauseSite: locks?.pauseSite ?? false,
    lowerAction: locks?.lowerAction ?? false,
    critiqueEndpoint: locks?.critiqueEndpoint ?? false,
    markNotSensitive: locks?.markNotSensitive ?? false,
  };
}

/**
 * The policy a content script enforces on `host`: the pack's rules, the user's settings
 * where the locks allow them (a locked action can only get stricter), and the tool's status.
 */
export async function effectivePolicyFor(
  pack: PolicyPack,
  host: string,
  locks: EffectiveLocks,
  user: UserPolicySettings,
): Promise<EffectivePolicy> {
  const rules = pack.dataRules;
  const fallback = toRule(rules.fallback) ?? defaultEffectivePolicy.fallback;

  return {
    packId: pack.id,
    packVersion: pack.version,
    types: typeRules(pack),
    categories: categoryRules(pack, user.actions, locks.lowerAction),
    fallback,
    customPatterns: (rules.patterns ?? []).map(
      ({ allowOverride: _override, ...pattern }) => pattern,
    ),
    allowedEmailDomains: [...(rules.exceptions?.emailDomains ?? [])],
    allowedValueHashes: await allowedHashes(pack, locks, user),
    allowedValueSalt: user.salt,
    paused: isPaused(host, locks, user),
    toolStatus: toolStatus(pack, host),
    ...packTools(pack),
    ...(pack.tools?.approvedAlternativeUrl
      ? { approvedAlternativeUrl: pack.tools.approvedAlternativeUrl }
      : {}),
    locks,
  };
}

/**
 * The chat tools the pack adds on its own hosts, for the content script to register. One
 * that the adapter schema refuses is left out, so it cannot make the whole policy invalid.
 */
function packTools(pack: PolicyPack): { tools?: PackSiteAdapter[] } {
  const tools = (pack.tools?.extraHosts ?? []).flatMap((tool) => {
    const parsed = packSiteAdapterSchema.safeParse(tool);
    return parsed.success ? [parsed.data] : [];
  });
  return tools.length > 0 ? { tools } : {};
}

function toRule(rule: { action: Action; allowOverride?: boolean } | undefined) {
  return rule && { action: rule.action, allowOverride: rule.allowOverride ?? false };
}

/** Type rules, plus one per organisation pattern so its override setting travels too. */
function typeRules(pack: PolicyPack): Record<string, PolicyRule> {
  const types: Record<string, PolicyRule> = {};
  for (const [type, rule] of Object.entries(pack.dataRules.types ?? {}))
    types[type] = toRule(rule)!;
  for (const pattern of pack.dataRules.patterns ?? []) {
    types[pattern.name] ??= {
      action: pattern.action,
      allowOverride: pattern.allowOverride ?? false,
    };
  }

  return types;
}

function categoryRules(
  pack: PolicyPack,
  userActions: UserActions,
  lowerLocked: boolean,
): EffectivePolicy['categories'] {
  const categories: EffectivePolicy['categories'] = {};
  for (const [category, rule] of Object.entries(pack.dataRules.categories ?? {})) {
    categories[category as keyof typeof categories] = toRule(rule);
  }

  for (const [category, action] of Object.entries(userActions)) {
    const key = category as keyof typeof categories;
    const base =
      categories[key] ?? toRule(pack.dataRules.fallback) ?? defaultEffectivePolicy.fallback;
    const milder = actionOrder.indexOf(action) < actionOrder.indexOf(base.action);
    // A lock lets the user tighten a rule, never loosen it.
    if (!(milder && lowerLocked)) categories[key] = { ...base, action };
  }

  return categories;
}

async function allowedHashes(
  pack: PolicyPack,
  locks: EffectiveLocks,
  user: UserPolicySettings,
): Promise<string[]> {
  const testValues = pack.dataRules.exceptions?.testValues ?? [];
  const fromPack = await Promise.all(testValues.map((value) => hashValue(user.salt, value)));
  return locks.markNotSensitive ? fromPack : [...fromPack, ...user.notSensitiveHashes];
}

function isPaused(host: string, locks: EffectiveLocks, user: UserPolicySettings): boolean {
  if (!user.detectionEnabled && !locks.detectionOff) return true;

  return !locks.pauseSite && user.pausedSites.includes(host.toLowerCase());
}

/** The tool's status in the pack, by the tool id of the host (built-in or pack-added). */
export function toolStatus(pack: PolicyPack, host: string): EffectivePolicy['toolStatus'] {
  const toolId = toolIdForHost(pack, host);
  if (!toolId) return 'unlisted';

  const tools = pack.tools;
  if (tools?.blocked?.includes(toolId)) return 'blocked';
  if (tools?.discouraged?.includes(toolId)) return 'discouraged';
  if (tools?.approved?.includes(toolId)) return 'approved';
  return 'unlisted';
}

function toolIdForHost(pack: PolicyPack, host: string): string | undefined {
  const builtIn = findSiteForHost(host)?.id;
  if (builtIn) return builtIn;

  const name = host.toLowerCase();
  const extra = pack.tools?.extraHosts?.find((tool) =>
    tool.hosts.some((pattern) =>
      pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern,
    ),
  );
  return extra?.id;
}

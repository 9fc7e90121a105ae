import { z } from 'zod/mini';

import { findingCategories } from '../detectors/types';
import { packSiteAdapterSchema } from '../sites/adapter-schema';

/**
 * The policy a content script enforces, worked out by the background from the pack in
 * force (see lib/policy/pack*) and the user's settings, and sent on request. Content
 * scripts never read packs or locks themselves, so nothing on a page can weaken them.
 */
export const actionIds = ['allow', 'monitor', 'warn', 'redact', 'block'] as const;

const actionSchema = z.enum(actionIds);

const ruleSchema = z.strictObject({
  action: actionSchema,
  /** May the user override a warn or block with a written justification? */
  allowOverride: z.boolean(),
});

const customPatternSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(64)),
  category: z.enum(findingCategories),
  kind: z.enum(['keyword', 'regex']),
  pattern: z.string().check(z.minLength(1), z.maxLength(2000)),
  flags: z.optional(z.string().check(z.maxLength(8))),
  action: actionSchema,
});

export const effectivePolicySchema = z.strictObject({
  /** Pack id and version, shown in notices and recorded with decisions. */
  packId: z.string(),
  packVersion: z.string(),
  /** Rules by finding type; a type without one falls back to its category's rule. */
  types: z.record(z.string(), ruleSchema),
  categories: z.partialRecord(z.enum(findingCategories), ruleSchema),
  /** Rule for a category with no rule of its own. */
  fallback: ruleSchema,
  customPatterns: z.array(customPatternSchema),
  /** Values that are never findings: allowed e-mail domains, known test values. */
  allowedEmailDomains: z.array(z.string()),
  /** Salted hashes (hex SHA-256) of exact values the user or pack marked not sensitive. */
  allowedValueHashes: z.array(z.string()),
  allowedValueSalt: z.string(),
  /** Is detection on for this tab's site (off when the user paused it, if not locked)? */
  paused: z.boolean(),
  /** Tool status from the pack: blocked tools get a page that says why. */
  toolStatus: z.enum(['approved', 'discouraged', 'blocked', 'unlisted']),
  approvedAlternativeUrl: z.optional(z.string()),
  /** Chat tools the pack adds on its own hosts (see lib/sites/adapter-schema.ts). */
  tools: z.optional(z.array(packSiteAdapterSchema)),
  locks: z.strictObject({
    detectionOff: z.boolean(),
    pauseSite: z.boolean(),
    lowerAction: z.boolean(),
    critiqueEndpoint: z.boolean(),
    markNotSensitive: z.boolean(),
  }),
});

export type EffectivePolicy = z.infer<typeof effectivePolicySchema>;
export type PolicyRule = z.infer<typeof ruleSchema>;

/** The built-in behaviour until a pack says otherwise: warn on personal data, block secrets. */
export const defaultEffectivePolicy: EffectivePolicy = {
  packId: 'ascent-default',
  packVersion: '1.0.0',
  types: {},
  categories: {
    secret: { action: 'block', allowOverride: true },
    financial: { action: 'warn', allowOverride: true },
    government_id: { action: 'warn', allowOverride: true },
    contact: { action: 'warn', allowOverride: true },
    network: { action: 'warn', allowOverride: true },
    confidential: { action: 'warn', allowOverride: true },
    custom: { action: 'warn', allowOverride: true },
  },
  fallback: { action: 'warn', allowOverride: true },
  customPatterns: [],
  allowedEmailDomains: [],
  allowedValueHashes: [],
  allowedValueSalt: '',
  paused: false,
  toolStatus: 'unlisted',
  locks: {
    detectionOff: false,
    pauseSite: false,
    lowerAction: false,
    critiqueEndpoint: false,
    markNotSensitive: false,
  },
};

import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

import { findingCategories, type CustomPattern } from '../detectors';
import { log } from '../log';
import { roleIds, taskKinds } from './roles';

/**
 * The coaching parts of the pack in force. The pack itself belongs to the policy work
 * (lib/policy/pack-schema.ts, stored as `local:packInForce`); this module reads only what
 * coaching needs, leniently and part by part, so one unreadable part never hides the rest
 * and a missing pack simply means "no team content".
 */

const packTextSchema = z.object({ en: z.string().min(1), nl: z.string().min(1).optional() });
const rolesSchema = z.array(z.enum(roleIds)).optional();

const packTipSchema = z.object({
  id: z.string().min(1).max(64),
  roles: rolesSchema,
  tools: z.array(z.string()).optional(),
  text: packTextSchema,
});

const packTemplateSchema = z.object({
  id: z.string().min(1).max(64),
  title: packTextSchema,
  roles: rolesSchema,
  taskKind: z.enum(taskKinds).optional(),
  prompt: packTextSchema,
});

const pointOfViewSchema = z.object({
  role: z.union([z.enum(roleIds), z.literal('*')]),
  aiShould: z.array(packTextSchema),
  aiMustNot: z.array(packTextSchema),
});

const disclosureSchema = z.object({
  roles: rolesSchema,
  tools: z.array(z.string()).optional(),
  text: packTextSchema,
});

const critiqueSchema = z.object({
  endpoint: z.url().optional(),
  model: z.string().max(100).optional(),
  enabled: z.boolean().optional(),
});

/** Organisation patterns, so the critique redacts the organisation's own terms too. */
const patternSchema = z.object({
  name: z.string().min(1).max(64),
  category: z.enum(findingCategories),
  kind: z.enum(['keyword', 'regex']),
  pattern: z.string().min(1).max(2000),
  flags: z.string().max(8).optional(),
});

export type PackText = z.infer<typeof packTextSchema>;
export type PackTip = z.infer<typeof packTipSchema>;
export type PackTemplate = z.infer<typeof packTemplateSchema>;
export type PointOfView = z.infer<typeof pointOfViewSchema>;
export type Disclosure = z.infer<typeof disclosureSchema>;

export interface PackCoaching {
  packId: string | undefined;
  tips: PackTip[];
  templates: PackTemplate[];
  pointOfView: PointOfView[];
  disclosure: Disclosure[];
  critique: z.infer<typeof critiqueSchema> | undefined;
  customPatterns: CustomPattern[];
}

export const noPackCoaching: PackCoaching = {
  packId: undefined,
  tips: [],
  templates: [],
  pointOfView: [],
  disclosure: [],
  critique: undefined,
  customPatterns: [],
};

/** Where the policy work stores the pack in force; coaching only ever reads it. */
const packInForceKey = 'local:packInForce';

/** Items of a list that pass their schema; the others are skipped and counted in the log. */
function validItems<T>(raw: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(raw)) return [];

  const items = raw.map((item) => schema.safeParse(item));
  const skipped = items.filter((item) => !item.success).length;
  if (skipped > 0) log.warn('skipped unreadable pack coaching items:', skipped);

  return items.flatMap((item) => (item.success ? [item.data] : []));
}

function field(source: unknown, key: string): unknown {
  return typeof source === 'object' && source !== null
    ? (source as Record<string, unknown>)[key]
    : undefined;
}

/** A stored pack may be the pack itself or wrapped with its source (`{ pack, ... }`). */
function unwrap(raw: unknown): unknown {
  return field(raw, 'pack') ?? raw;
}

/** Reads the coaching parts out of whatever is stored as the pack in force. */
export function readPackCoaching(raw: unknown): PackCoaching {
  const pack = unwrap(raw);
  if (typeof pack !== 'object' || pack === null) return noPackCoaching;

  const team = field(pack, 'team');
  const critique = critiqueSchema.safeParse(field(pack, 'critique'));
  const packId = field(pack, 'id');

  return {
    packId: typeof packId === 'string' ? packId : undefined,
    tips: validItems(field(team, 'tips'), packTipSchema),
    templates: validItems(field(team, 'templates'), packTemplateSchema),
    pointOfView: validItems(field(pack, 'pointOfView'), pointOfViewSchema),
    disclosure: validItems(field(pack, 'disclosure'), disclosureSchema),
    critique: critique.success ? critique.data : undefined,
    customPatterns: validItems(field(field(pack, 'dataRules'), 'patterns'), patternSchema),
  };
}

/** A pack text in the user's language; packs may leave Dutch out. */
export function packText(text: PackText, language: 'en' | 'nl'): string {
  return (language === 'nl' ? text.nl : undefined) ?? text.en;
}

/** The coaching parts of the pack in force now; no pack (or no storage) means none. */
export async function loadPackCoaching(): Promise<PackCoaching> {
  try {
    return readPackCoaching(await storage.getItem<unknown>(packInForceKey));
  } catch (error) {
    log.warn('could not read the pack in force:', error as Error);
    return noPackCoaching;
  }
}

/** Calls `onChange` with the new coaching parts whenever the pack in force changes. */
export function watchPackCoaching(onChange: (coaching: PackCoaching) => void): () => void {
  return storage.watch<unknown>(packInForceKey, (raw) => onChange(readPackCoaching(raw)));
}

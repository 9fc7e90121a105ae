import { z } from 'zod';

import { roleIds, taskKinds } from '../coaching/roles';
import { findingCategories } from '../detectors/types';
import { actionIds } from './effective';

/**
 * The policy pack format: one versioned document a security team writes, tests, signs and
 * rolls out. `public/pack.schema.json` is generated from this schema
 * (`npm run --silent ascent -- pack schema`), so editors can complete and check packs.
 */

const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be lower-case letters, digits, ".", "_" or "-"');

const semverSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'must be a semantic version such as 1.4.0');

const hostSchema = z
  .string()
  .regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a host name such as chat.example.com');

/** Text shown to users; English is required, Dutch is used when the browser speaks it. */
const textSchema = z.strictObject({
  en: z.string().min(1).max(4000),
  nl: z.string().min(1).max(4000).optional(),
});

const actionSchema = z.enum(actionIds);
const roleSchema = z.enum(roleIds);
const rolesSchema = z.array(roleSchema).max(20).optional();
const toolsSchema = z.array(idSchema).max(50).optional();

const ruleSchema = z.strictObject({
  action: actionSchema,
  allowOverride: z
    .boolean()
    .optional()
    .describe('May the user override a warn or block with a written justification?'),
});

const patternSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,63}$/, 'must be snake_case')
    .describe('Becomes the finding type.'),
  category: z.enum(findingCategories),
  kind: z.enum(['keyword', 'regex']),
  pattern: z.string().min(1).max(2000),
  flags: z
    .string()
    .regex(/^[imsu]*$/, 'may only use the flags i, m, s and u')
    .optional(),
  action: actionSchema,
  allowOverride: z.boolean().optional(),
});

const extraHostSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(100),
  hosts: z.array(hostSchema).min(1).max(20),
  editorKind: z.enum(['prosemirror', 'quill', 'lexical', 'textarea', 'contenteditable']),
  composerSelectors: z.array(z.string().min(1).max(500)).min(1).max(10),
  sendSelectors: z.array(z.string().min(1).max(500)).max(10),
  replySelectors: z.array(z.string().min(1).max(500)).max(10),
});

const toolPolicySchema = z.strictObject({
  approved: z.array(idSchema).max(50).optional(),
  discouraged: z.array(idSchema).max(50).optional(),
  blocked: z.array(idSchema).max(50).optional(),
  blockedReason: textSchema.optional(),
  approvedAlternativeUrl: z.url({ protocol: /^https$/ }).optional(),
  extraHosts: z.array(extraHostSchema).max(50).optional(),
});

const dataRulesSchema = z.strictObject({
  types: z.record(z.string(), ruleSchema).optional(),
  categories: z.partialRecord(z.enum(findingCategories), ruleSchema).optional(),
  fallback: ruleSchema.optional(),
  patterns: z.array(patternSchema).max(200).optional(),
  exceptions: z
    .strictObject({
      emailDomains: z.array(hostSchema).max(200).optional(),
      testValues: z.array(z.string().min(1).max(200)).max(500).optional(),
    })
    .optional(),
});

const disclosureSchema = z.strictObject({
  roles: rolesSchema,
  tools: toolsSchema,
  text: textSchema,
});

const pointOfViewSchema = z.strictObject({
  role: z.union([roleSchema, z.literal('*')]),
  aiShould: z.array(textSchema).max(20),
  aiMustNot: z.array(textSchema).max(20),
});

const tipSchema = z.strictObject({
  id: idSchema,
  roles: rolesSchema,
  tools: toolsSchema,
  text: textSchema,
});

const templateSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  roles: rolesSchema,
  taskKind: z.enum(taskKinds).optional(),
  prompt: textSchema,
});

const levelSchema = z.enum([
  'foundation',
  'organisation',
  'durable-skills',
  'breakthrough',
  'co-intelligence',
]);

const checkQuestionSchema = z
  .strictObject({
    question: textSchema,
    options: z.array(textSchema).min(2).max(6),
    answer: z.int().min(0).max(5).describe('Index into `options` of the right answer.'),
  })
  .refine((question) => question.answer < question.options.length, {
    message: 'answer must point at one of the options',
    path: ['answer'],
  });

const lessonSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  level: levelSchema,
  roles: rolesSchema,
  body: textSchema.describe('The lesson text; a blank line starts a new paragraph.'),
  url: z.url({ protocol: /^https$/ }).optional(),
  check: z
    .array(checkQuestionSchema)
    .length(3)
    .optional()
    .describe('Three questions; a passed check is skill evidence, as for the built-in lessons.'),
});

const challengeSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  description: textSchema,
  level: levelSchema.optional(),
  roles: rolesSchema,
  startsAt: z.iso.date().optional(),
  endsAt: z.iso.date().optional(),
  kind: z
    .enum(['template-use', 'prompt', 'verification', 'follow-up', 'lesson-check'])
    .describe('What counts towards the target: a template used, a prompt, a passed check...'),
  templateId: idSchema.optional().describe('For template-use: only this template counts.'),
  count: z.int().min(1).max(1000).describe('How many in each period complete the challenge.'),
  period: z.enum(['week', 'month']).describe('Counted from Monday, or from the first.'),
});

const locksSchema = z.strictObject({
  detectionOff: z.boolean().optional().describe('Users may not switch detection off.'),
  pauseSite: z.boolean().optional().describe('Users may not pause Ascent on a site.'),
  lowerAction: z.boolean().optional().describe('Users may not make an action milder.'),
  critiqueEndpoint: z
    .boolean()
    .optional()
    .describe('Users may not change the AI critique endpoint.'),
  markNotSensitive: z.boolean().optional().describe('Users may not mark values as not sensitive.'),
});

const signatureSchema = z.strictObject({
  algorithm: z.literal('ed25519'),
  keyId: z.string().max(100).optional(),
  value: z
    .string()
    .regex(/^[A-Za-z0-9+/]{86}==$/, 'must be a base64 Ed25519 signature (64 bytes)')
    .describe('Over the canonical JSON of the pack without this block.'),
});

export const packSchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  name: z.string().min(1).max(200),
  version: semverSchema,
  publisher: z.string().min(1).max(200),
  updatedAt: z.iso.datetime({ offset: true }),
  description: z.string().max(4000).optional(),
  tools: toolPolicySchema.optional(),
  dataRules: dataRulesSchema,
  disclosure: z.array(disclosureSchema).max(100).optional(),
  pointOfView: z.array(pointOfViewSchema).max(50).optional(),
  team: z
    .strictObject({
      tips: z.array(tipSchema).max(500).optional(),
      templates: z.array(templateSchema).max(500).optional(),
      lessons: z.array(lessonSchema).max(500).optional(),
      challenges: z.array(challengeSchema).max(100).optional(),
    })
    .optional(),
  locks: locksSchema.optional(),
  critique: z
    .strictObject({
      enabled: z
        .boolean()
        .optional()
        .describe('false switches the AI critique off for everyone under this pack.'),
      endpoint: z.url({ protocol: /^https?$/ }).optional(),
      model: z.string().max(100).optional(),
    })
    .optional(),
  audit: z.strictObject({ retentionDays: z.int().min(1).max(3650) }).optional(),
  signature: signatureSchema.optional(),
});

export type PolicyPack = z.infer<typeof packSchema>;
export type PackLocks = NonNullable<PolicyPack['locks']>;
export type PackText = z.infer<typeof textSchema>;
export type PackLesson = z.infer<typeof lessonSchema>;
export type PackChallenge = z.infer<typeof challengeSchema>;
export type PackTemplate = z.infer<typeof templateSchema>;

/** The JSON Schema shipped as public/pack.schema.json, for pack authors' editors. */
export function packJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(packSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://ascent.example/pack.schema.json',
    title: 'Ascent policy pack',
  };
}

import { z } from 'zod/mini';

import {
  getTabStatusMessage,
  insertTextMessage,
  policyChangedMessage,
  reportMalformed,
  textSchema,
} from './content-messages';
import { findingCategories } from './detectors/types';
import { findingCountsSchema } from './progress/event';

export { maxMessageTextLength } from './content-messages';

/**
 * Every message between Ascent's contexts, declared once and checked at the boundary. The
 * ones a content script receives live in lib/content-messages.ts, so it bundles only those.
 */

const findingSchema = z.strictObject({
  category: z.enum(findingCategories),
  type: z.string().check(z.minLength(1), z.maxLength(64)),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  confidence: z.number().check(z.gte(0), z.lte(1)),
});

export const actionSchema = z.enum(['allow', 'monitor', 'warn', 'redact', 'block']);

export const composerStateSchema = z.enum(['searching', 'attached', 'not-attached', 'paused']);

/** What the content script knows about its tab; the side panel shows it. */
export const tabStatusSchema = z.strictObject({
  tool: z.strictObject({ id: z.string(), name: z.string() }),
  composer: composerStateSchema,
  lastPaste: z.nullable(
    z.strictObject({
      time: z.number(),
      length: z.number().check(z.int(), z.nonnegative()),
      action: actionSchema,
      findings: z.array(findingSchema).check(z.maxLength(500)),
    }),
  ),
  /** Findings in what the user has typed so far (the quiet marker by the composer). */
  typingFindings: z.optional(z.array(findingSchema).check(z.maxLength(500))),
});

export type TabStatus = z.infer<typeof tabStatusSchema>;

/** Content script → background: one analysed paste or submitted prompt, as measures only. */
const recordEventMessage = z.strictObject({
  type: z.literal('record-event'),
  kind: z.enum(['paste', 'submit']),
  tool: z.string().check(z.minLength(1), z.maxLength(64)),
  findingCounts: findingCountsSchema,
  promptLength: z.number().check(z.int(), z.nonnegative()),
});

/** Content script → extension pages: the tab's status changed. */
const tabStatusMessage = z.strictObject({
  type: z.literal('tab-status'),
  status: tabStatusSchema,
});

/** Background → extension pages: a new event is in IndexedDB. */
const eventRecordedMessage = z.strictObject({ type: z.literal('event-recorded') });

const conversationIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** Content script → background: the policy to enforce on this tab (answer: EffectivePolicy). */
const getPolicyMessage = z.strictObject({
  type: z.literal('get-policy'),
  host: z.string().check(z.minLength(1), z.maxLength(253)),
});

/**
 * Content script → background: a prompt was submitted. The text travels so the background
 * can score it; it is never stored: only the measures derived from it are.
 */
const promptSubmittedMessage = z.strictObject({
  type: z.literal('prompt-submitted'),
  tool: z.string().check(z.minLength(1), z.maxLength(64)),
  text: textSchema,
  conversationId: conversationIdSchema,
  followsAnswer: z.boolean(),
  outcome: z.enum(['clean', 'warned', 'redacted', 'blocked', 'overridden']),
  templateId: z.optional(z.string().check(z.maxLength(64))),
});

/** Content script → extension pages: the composer's text, debounced, for live scoring. */
const composerTextMessage = z.strictObject({
  type: z.literal('composer-text'),
  tool: z.string().check(z.minLength(1), z.maxLength(64)),
  text: textSchema,
});

/** Content script → extension pages: the assistant finished a reply in this tab. */
const assistantReplyMessage = z.strictObject({
  type: z.literal('assistant-reply'),
  tool: z.string().check(z.minLength(1), z.maxLength(64)),
  conversationId: conversationIdSchema,
});

/** Content script → extension pages: the user copied (part of) an assistant reply. */
const replyCopiedMessage = z.strictObject({
  type: z.literal('reply-copied'),
  tool: z.string().check(z.minLength(1), z.maxLength(64)),
});

/**
 * Content script → background: an enforcement decision for the audit log. The
 * justification is the user's own words; the background scans and redacts it before
 * anything is stored. No matched value travels here.
 */
const policyDecisionMessage = z.strictObject({
  type: z.literal('policy-decision'),
  tool: z.string().check(z.minLength(1), z.maxLength(64)),
  trigger: z.enum(['paste', 'submit', 'file', 'typing']),
  /** The rule that decided: a finding type, category or organisation pattern name. */
  rule: z.string().check(z.minLength(1), z.maxLength(64)),
  action: actionSchema,
  overridden: z.boolean(),
  justification: z.optional(z.string().check(z.maxLength(2000))),
});

/** Content script → background: the user marked a value as not sensitive (hash only). */
const markNotSensitiveMessage = z.strictObject({
  type: z.literal('mark-not-sensitive'),
  valueHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

/** Side panel → background: pause or resume Ascent on a site (refused when locked). */
const setSitePausedMessage = z.strictObject({
  type: z.literal('set-site-paused'),
  host: z.string().check(z.minLength(1), z.maxLength(253)),
  paused: z.boolean(),
});

export const messageSchema = z.discriminatedUnion('type', [
  recordEventMessage,
  tabStatusMessage,
  getTabStatusMessage,
  eventRecordedMessage,
  getPolicyMessage,
  policyChangedMessage,
  promptSubmittedMessage,
  composerTextMessage,
  assistantReplyMessage,
  replyCopiedMessage,
  insertTextMessage,
  policyDecisionMessage,
  markNotSensitiveMessage,
  setSitePausedMessage,
]);

export type Message = z.infer<typeof messageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

/**
 * Checks a message that crossed a context boundary. A malformed one is logged (its shape
 * problem, never its content) and dropped, so no sender can crash a receiver.
 */
export function parseMessage(raw: unknown): Message | null {
  const result = messageSchema.safeParse(raw);
  if (result.success) return result.data;

  reportMalformed(result.error);
  return null;
}

import { z } from 'zod/mini';

import { findingCategories } from './detectors/types';
import { log } from './log';
import { findingCountsSchema } from './progress/event';

/** Every message between Ascent's contexts, declared once and checked at the boundary. */

const findingSchema = z.strictObject({
  category: z.enum(findingCategories),
  type: z.string().check(z.minLength(1), z.maxLength(64)),
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  confidence: z.number().check(z.gte(0), z.lte(1)),
});

export const actionSchema = z.enum(['allow', 'monitor', 'warn', 'redact', 'block']);

export const composerStateSchema = z.enum(['searching', 'attached', 'not-attached']);

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

/** Side panel → content script: what is the status of your tab? */
const getTabStatusMessage = z.strictObject({ type: z.literal('get-tab-status') });

/** Background → extension pages: a new event is in IndexedDB. */
const eventRecordedMessage = z.strictObject({ type: z.literal('event-recorded') });

export const messageSchema = z.discriminatedUnion('type', [
  recordEventMessage,
  tabStatusMessage,
  getTabStatusMessage,
  eventRecordedMessage,
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

  log.warn('dropped a malformed message:', z.prettifyError(result.error));
  return null;
}

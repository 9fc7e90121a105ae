import { z } from 'zod/mini';

import { log } from './log';

/**
 * The messages a content script receives, declared apart from the full union in
 * lib/messages.ts so the content script bundles only these schemas (issue 5: it must stay
 * under 150 KB). lib/messages.ts builds on them; what the content script sends needs no
 * schema here, because the receiver checks it.
 */

/** Longest prompt text that may travel in a message (the large-paste path chunks beyond). */
export const maxMessageTextLength = 512 * 1024;

export const textSchema = z.string().check(z.maxLength(maxMessageTextLength));

/** Side panel → content script: what is the status of your tab? */
export const getTabStatusMessage = z.strictObject({ type: z.literal('get-tab-status') });

/** Background → content scripts: the policy changed; ask again. */
export const policyChangedMessage = z.strictObject({ type: z.literal('policy-changed') });

/**
 * Side panel → content script: put text into the composer through the editor's own input
 * pipeline (templates, an improved prompt). Answer: `{ ok: boolean, reason?: string }`.
 */
export const insertTextMessage = z.strictObject({
  type: z.literal('insert-text'),
  text: textSchema,
  templateId: z.optional(z.string().check(z.maxLength(64))),
});

export type ContentMessage =
  | z.infer<typeof getTabStatusMessage>
  | z.infer<typeof policyChangedMessage>
  | z.infer<typeof insertTextMessage>;

// Looked up by type rather than as a discriminated union: the union's code would add ~1 KB.
const contentMessageSchemas = new Map<string, z.ZodMiniType<ContentMessage>>([
  ['get-tab-status', getTabStatusMessage],
  ['policy-changed', policyChangedMessage],
  ['insert-text', insertTextMessage],
]);

/** Logs why a message was dropped: its shape problem, never its content. */
export function reportMalformed(error: z.core.$ZodError): void {
  log.warn('dropped a malformed message:', z.prettifyError(error));
}

/**
 * Checks a message that reached a content script. Messages meant for other contexts are
 * ignored; a malformed one is logged and dropped, so no sender can crash the page's guard.
 */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  const type = (raw as { type?: unknown } | null | undefined)?.type;
  if (typeof type !== 'string') {
    log.warn('dropped a message without a type');
    return null;
  }

  // Broadcasts between extension pages reach content scripts too; they are not malformed.
  const schema = contentMessageSchemas.get(type);
  if (!schema) return null;

  const result = schema.safeParse(raw);
  if (result.success) return result.data;

  reportMalformed(result.error);
  return null;
}

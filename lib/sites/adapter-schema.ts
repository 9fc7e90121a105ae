import { z } from 'zod/mini';

const selectorList = z
  .array(z.string().check(z.minLength(1), z.maxLength(500)))
  .check(z.maxLength(20));

/**
 * A tool a policy pack adds (its own chat host), declared like the adapter files: hosts,
 * editor kind, composer, send-control and reply selectors. The background passes them in
 * the effective policy; the content script registers them at runtime.
 */
export const packSiteAdapterSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  hosts: z.array(z.string().check(z.regex(/^(\*\.)?[a-z0-9.-]+$/))).check(z.minLength(1)),
  paths: z.optional(z.array(z.string().check(z.regex(/^\/[^*?#]*$/)))),
  editorKind: z.enum(['prosemirror', 'quill', 'lexical', 'textarea', 'contenteditable']),
  composerSelectors: selectorList.check(z.minLength(1)),
  sendSelectors: selectorList,
  replySelectors: selectorList,
});

export type PackSiteAdapter = z.infer<typeof packSiteAdapterSchema>;

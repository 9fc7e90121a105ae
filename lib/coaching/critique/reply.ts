import { z } from 'zod';

/** The part of a chat completion Ascent reads; anything else in it is ignored. */
export const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().min(1) }) })).min(1),
});

/** What the model is asked to answer, as JSON. */
export const critiqueReplySchema = z.object({
  critique: z.string().min(1).max(4000),
  improvedPrompt: z.string().min(1).max(20_000),
});

export type CritiqueReply = z.infer<typeof critiqueReplySchema>;

/** Local models often wrap JSON in a code fence or a sentence; take the outermost object. */
function jsonPart(content: string): string {
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  return start >= 0 && end > start ? content.slice(start, end + 1) : content;
}

/** The critique in a completion, or null when the reply does not have the agreed shape. */
export function parseCritiqueReply(completion: unknown): CritiqueReply | null {
  const parsed = completionSchema.safeParse(completion);
  if (!parsed.success) return null;

  try {
    const content: unknown = JSON.parse(jsonPart(parsed.data.choices[0]!.message.content));
    const reply = critiqueReplySchema.safeParse(content);
    return reply.success ? reply.data : null;
  } catch {
    return null;
  }
}

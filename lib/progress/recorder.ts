import type { RoleId } from '../coaching/roles';
import type { Message } from '../messages';
import type { AscentDatabase } from './db';
import { isScoredSubmit, type ProgressEvent, type ScoredSubmitEvent } from './event';
import { addEvent } from './event-store';
import { buildCountedEvent, buildSubmitEvent } from './record';

/** The messages that become events: pastes (and old-style prompts) and submitted prompts. */
export type RecordableMessage = Extract<Message, { type: 'record-event' | 'prompt-submitted' }>;

export function isRecordable(message: Message): message is RecordableMessage {
  return message.type === 'record-event' || message.type === 'prompt-submitted';
}

/**
 * Stores the event a content script's message describes and answers its id. For a
 * submitted prompt the text is analysed here, in the background, and never stored; a
 * prompt sent from a template inserted by the side panel also counts as a template use.
 */
export async function recordFromMessage(
  database: AscentDatabase,
  message: RecordableMessage,
  context: { role: RoleId; time: number },
): Promise<number> {
  const event: ProgressEvent =
    message.type === 'prompt-submitted'
      ? buildSubmitEvent(message, context.role, context.time)
      : buildCountedEvent(message, context.role, context.time);

  // One transaction: the prompt, its template use and their day summary are kept together.
  return database.transaction('rw', database.events, database.summaries, async () => {
    const id = await addEvent(database, event);
    if (isScoredSubmit(event)) await addTemplateUse(database, event);
    return id;
  });
}

/**
 * The template use behind a prompt: evidence for the templates skill and what team
 * challenges such as "use the data-analysis template three times" count.
 */
async function addTemplateUse(database: AscentDatabase, submit: ScoredSubmitEvent): Promise<void> {
  if (!submit.templateId) return;

  const { time, tool, templateId } = submit;
  await addEvent(database, { kind: 'template-use', time, tool, templateId });
}

import type { RoleId } from '../coaching/roles';
import type { Message } from '../messages';
import type { AscentDatabase } from './db';
import type { ProgressEvent } from './event';
import { buildCountedEvent, buildSubmitEvent } from './record';

/** The messages that become events: pastes (and old-style prompts) and submitted prompts. */
export type RecordableMessage = Extract<Message, { type: 'record-event' | 'prompt-submitted' }>;

export function isRecordable(message: Message): message is RecordableMessage {
  return message.type === 'record-event' || message.type === 'prompt-submitted';
}

/**
 * Stores the event a content script's message describes and answers its id. For a
 * submitted prompt the text is analysed here, in the background, and never stored.
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

  return database.events.add(event) as Promise<number>;
}

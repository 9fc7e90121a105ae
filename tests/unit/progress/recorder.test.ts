import { describe, expect, it } from 'vitest';

import type { MessageOf } from '@/lib/messages';
import { AscentDatabase } from '@/lib/progress/db';
import { readEvents } from '@/lib/progress/event-store';
import { recordFromMessage } from '@/lib/progress/recorder';

const marker = 'Zebracorn';
const prompt = `You are a data analyst. Summarise the attached ${marker} sales table for the board in five bullet points. Cite your sources and flag anything you are unsure of. Mail me at ${marker.toLowerCase()}@example.nl.`;

const submitted: MessageOf<'prompt-submitted'> = {
  type: 'prompt-submitted',
  tool: 'chatgpt',
  text: prompt,
  conversationId: 'c-123',
  followsAnswer: false,
  outcome: 'warned',
  templateId: 'board-summary',
};

const context = { role: 'data-analyst' as const, time: Date.UTC(2026, 4, 1) };

async function withDatabase(run: (database: AscentDatabase) => Promise<void>): Promise<void> {
  const database = new AscentDatabase(`recorder-${Math.random()}`);
  await run(database);
  await database.delete();
}

describe('recording a submitted prompt', () => {
  it('stores the analyzer measures, counts and length', () =>
    withDatabase(async (database) => {
      await recordFromMessage(database, submitted, context);
      const [event] = await readEvents(database);

      expect(event).toMatchObject({
        kind: 'submit',
        tool: 'chatgpt',
        role: 'data-analyst',
        outcome: 'warned',
        category: 'contact',
        conversationId: 'c-123',
        followsAnswer: false,
        asksVerification: true,
        templateId: 'board-summary',
        findingCounts: { contact: 1 },
        promptLength: prompt.length,
      });
      expect(event).toHaveProperty('score');
      expect(Object.keys((event as { dimensions: object }).dimensions)).toContain('verification');
    }));

  it('never stores the text: the marker a tool id carries is found, the prompt is not', () =>
    withDatabase(async (database) => {
      // Positive control: the same path stores a marker where a field may hold it.
      await recordFromMessage(database, { ...submitted, tool: marker.toLowerCase() }, context);
      // The table as stored (packed), not as read back: that is what reaches the disk.
      const stored = JSON.stringify(await database.events.toArray());

      expect(stored).toContain(marker.toLowerCase());
      expect(stored).not.toContain(marker);
      expect(stored).not.toContain('@example.nl');
      expect(stored).not.toContain('Summarise');
    }));

  it('records a paste from counts, with the outcome the findings imply', () =>
    withDatabase(async (database) => {
      const paste: MessageOf<'record-event'> = {
        type: 'record-event',
        kind: 'paste',
        tool: 'claude',
        findingCounts: { secret: 1, contact: 2 },
        promptLength: 80,
      };
      await recordFromMessage(database, paste, context);
      await recordFromMessage(database, { ...paste, findingCounts: {} }, context);

      const events = await readEvents(database);
      expect(events.map((event) => 'outcome' in event && event.outcome)).toEqual([
        'warned',
        'clean',
      ]);
      expect(events[0]).toMatchObject({ category: 'secret', role: 'data-analyst' });
    }));

  it('records a template use with a prompt sent from a template, and none without', () =>
    withDatabase(async (database) => {
      await recordFromMessage(database, submitted, context);
      const typed = { ...submitted, templateId: undefined };
      await recordFromMessage(database, typed, { ...context, time: context.time + 1 });

      const events = await readEvents(database);
      expect(events.map((event) => event.kind)).toEqual(['submit', 'template-use', 'submit']);
      expect(events[1]).toEqual({
        id: 2,
        kind: 'template-use',
        time: context.time,
        tool: 'chatgpt',
        templateId: 'board-summary',
      });
    }));

  it('drops a template id that is not a plain id instead of losing the prompt', () =>
    withDatabase(async (database) => {
      await recordFromMessage(database, { ...submitted, templateId: 'Board summary!' }, context);
      const [event] = await readEvents(database);

      expect(event).not.toHaveProperty('templateId');
      expect(await database.events.count()).toBe(1);
    }));
});

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';

import { AscentDatabase, currentSchemaVersion, schemaVersions } from '@/lib/progress/db';
import {
  evidenceOf,
  progressEventSchema,
  type EventV1,
  type ProgressEvent,
} from '@/lib/progress/event';
import { summarizeByDay } from '@/lib/progress/day-summary';
import { readEvents, readSummaries } from '@/lib/progress/event-store';
import { packEvent } from '@/lib/progress/packed-event';

/** Opens a database exactly as an earlier version of Ascent declared it. */
function databaseAtVersion(name: string, version: keyof typeof schemaVersions): Dexie {
  const database = new Dexie(name);
  for (let step = 1; step <= version; step++) {
    database.version(step).stores(schemaVersions[step as keyof typeof schemaVersions]);
  }

  return database;
}

/** The fields version 1 stored, in its key order. */
const v1Fields = (event: object): EventV1 => {
  const { time, kind, tool, role, findingCounts, promptLength } = event as EventV1;
  return { kind, time, tool, role, findingCounts, promptLength };
};

const v1Events: EventV1[] = [
  {
    kind: 'paste',
    time: 1_000,
    tool: 'chatgpt',
    role: 'marketing',
    findingCounts: {},
    promptLength: 40,
  },
  {
    kind: 'paste',
    time: 2_000,
    tool: 'claude',
    role: 'marketing',
    findingCounts: { contact: 1, secret: 2 },
    promptLength: 300,
  },
  {
    kind: 'submit',
    time: 3_000,
    tool: 'gemini',
    role: 'general',
    findingCounts: { network: 1 },
    promptLength: 12,
  },
];

/** One event of each shape version 2 stored, with the fields packing has to keep apart. */
const v2Events: ProgressEvent[] = [
  {
    kind: 'submit',
    time: 10_000,
    tool: 'claude',
    role: 'data-analyst',
    outcome: 'blocked',
    category: 'secret',
    score: 72,
    dimensions: { task_clarity: 1, context_audience: 0.45, verification: 0.123_456 },
    techniques: ['clear-ask', 'persona', 'made-up-later'],
    taskKind: 'analysis',
    conversationId: 'conv_9-x',
    followsAnswer: true,
    asksVerification: false,
    templateId: 'quarterly-figures',
    findingCounts: { secret: 2, contact: 1 },
    promptLength: 1234,
  },
  {
    kind: 'submit',
    time: 11_000,
    tool: 'a-new-tool',
    role: 'general',
    outcome: 'clean',
    score: 0,
    dimensions: {},
    techniques: [],
    taskKind: 'other',
    conversationId: 'c',
    followsAnswer: false,
    asksVerification: true,
    findingCounts: {},
    promptLength: 0,
  },
  {
    kind: 'submit',
    time: 12_000,
    tool: 'gemini',
    role: 'hr',
    outcome: 'warned',
    category: 'network',
    findingCounts: { network: 1 },
    promptLength: 5,
  },
  {
    kind: 'paste',
    time: 13_000,
    tool: 'copilot',
    role: 'legal',
    outcome: 'overridden',
    category: 'government_id',
    findingCounts: { government_id: 1 },
    promptLength: 80,
  },
  { kind: 'lesson-check', time: 14_000, lessonId: 'what-ai-is', passed: true, score: 100 },
  {
    kind: 'lesson-check',
    time: 15_000,
    tool: 'chatgpt',
    lessonId: 'org-data-rules',
    passed: false,
    score: 33,
  },
  { kind: 'template-use', time: 16_000, tool: 'chatgpt', templateId: 'data-analysis' },
];

describe('upgrading the database', () => {
  it('declares every version it can upgrade from', () => {
    expect(Object.keys(schemaVersions).map(Number)).toEqual([1, 2, 3, currentSchemaVersion]);
  });

  it('keeps every version 1 event and adds the guard outcome it implied', async () => {
    const name = `upgrade-v1-${Math.random()}`;
    const old = databaseAtVersion(name, 1);
    await old.table('events').bulkAdd(v1Events);
    old.close();

    const upgraded = new AscentDatabase(name);
    const events = await readEvents(upgraded);

    expect(events).toHaveLength(3);
    expect(events.map(v1Fields)).toEqual(v1Events);
    expect(events.map((event) => [event.kind, 'outcome' in event && event.outcome])).toEqual([
      ['paste', 'clean'],
      ['paste', 'warned'],
      ['submit', 'warned'],
    ]);
    expect(events[1]).toMatchObject({ category: 'secret' });
    for (const event of events) expect(progressEventSchema.safeParse(event).success).toBe(true);
    await upgraded.delete();
  });

  it('reads an upgraded prompt as guard evidence only, since it has no score', async () => {
    const name = `upgrade-evidence-${Math.random()}`;
    const old = databaseAtVersion(name, 1);
    await old.table('events').bulkAdd(v1Events);
    old.close();

    const upgraded = new AscentDatabase(name);
    const submit = (await readEvents(upgraded)).find((event) => event.kind === 'submit')!;

    expect(evidenceOf(submit)).toEqual({
      kind: 'paste',
      time: 3_000,
      tool: 'gemini',
      outcome: 'warned',
      category: 'network',
    });
    await upgraded.delete();
  });

  it('keeps every version 2 event of every kind, with its id, when packing them', async () => {
    const name = `upgrade-v2-${Math.random()}`;
    const old = databaseAtVersion(name, 2);
    await old.table('events').bulkAdd(v2Events);
    old.close();

    const upgraded = new AscentDatabase(name);
    const events = await readEvents(upgraded);

    expect(events).toEqual(v2Events.map((event, index) => ({ ...event, id: index + 1 })));
    expect(await upgraded.events.get(1)).not.toHaveProperty('kind');
    await upgraded.delete();
  });

  it('summarises every version 3 event per day, so the panel finds them all', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const old = databaseAtVersion(name, 3);
    await old.table('events').bulkAdd(v2Events.map(packEvent));
    old.close();

    const upgraded = new AscentDatabase(name);
    const summaries = await readSummaries(upgraded);

    expect(summaries).toEqual([...summarizeByDay(await readEvents(upgraded)).values()]);
    expect(summaries[0]!.skills).toMatchObject({ submits: 2, lessonsPassed: ['what-ai-is'] });
    expect(summaries[0]!.challenges.templateUses).toEqual({ 'data-analysis': 1 });
    await upgraded.delete();
  });

  it('opens a new database at the current version with its tables', async () => {
    const fresh = new AscentDatabase(`fresh-${Math.random()}`);
    await fresh.open();

    expect(fresh.verno).toBe(currentSchemaVersion);
    expect(fresh.tables.map((table) => table.name).sort()).toEqual([
      'days',
      'events',
      'meta',
      'summaries',
    ]);
    await fresh.delete();
  });
});

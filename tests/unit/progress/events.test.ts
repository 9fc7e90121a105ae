import { describe, expect, it } from 'vitest';

import type { Finding } from '@/lib/detectors';
import { countPerDay, localDay } from '@/lib/progress/daily';
import { AscentDatabase } from '@/lib/progress/db';
import type { ProgressEvent } from '@/lib/progress/event';
import { countByCategory, createEvent, latestEvents, recordEvent } from '@/lib/progress/events';

const finding = (category: Finding['category'], type: string): Finding => ({
  category,
  type,
  start: 0,
  end: 5,
  confidence: 0.9,
});

const base: ProgressEvent = {
  kind: 'paste',
  tool: 'chatgpt',
  role: 'general',
  outcome: 'warned',
  category: 'contact',
  findingCounts: { contact: 1 },
  promptLength: 120,
  time: Date.UTC(2026, 11, 3, 10),
};

describe('the event record', () => {
  it('counts findings by category', () => {
    const findings = [
      finding('contact', 'email'),
      finding('contact', 'email'),
      finding('secret', 'aws_access_key_id'),
    ];

    expect(countByCategory(findings)).toEqual({ contact: 2, secret: 1 });
    expect(countByCategory([])).toEqual({});
  });

  it('holds a paste as time, kind, tool, role, guard outcome, counts and length', () => {
    expect(Object.keys(createEvent(base)).sort()).toEqual(
      [
        'category',
        'findingCounts',
        'kind',
        'outcome',
        'promptLength',
        'role',
        'time',
        'tool',
      ].sort(),
    );
  });

  it('refuses a record that carries text or values', () => {
    expect(() => createEvent({ ...base, text: 'my prompt' } as never)).toThrow();
    expect(() => createEvent({ ...base, findingCounts: { contact: 'a@b.nl' } } as never)).toThrow();
    expect(() => createEvent({ ...base, role: 'wizard' } as never)).toThrow();
    expect(() => createEvent({ ...base, promptLength: -1 })).toThrow();
    expect(() =>
      createEvent({
        kind: 'lesson-check',
        time: 1,
        lessonId: 'What AI is',
        passed: true,
        score: 100,
      }),
    ).toThrow();
  });

  it('refuses a clean outcome with a category, and a warning without one', () => {
    expect(() => createEvent({ ...base, outcome: 'clean' })).toThrow();
    expect(() => createEvent({ ...base, category: undefined })).toThrow();
  });

  it('stores events in IndexedDB and reads the newest first', async () => {
    const database = new AscentDatabase(`test-${Math.random()}`);
    await recordEvent(database, base);
    await recordEvent(database, { ...base, kind: 'submit', time: base.time + 1000 });

    const latest = await latestEvents(database);

    expect(latest.map((event) => event.kind)).toEqual(['submit', 'paste']);
    expect(latest[0]).toMatchObject({
      tool: 'chatgpt',
      promptLength: 120,
      findingCounts: { contact: 1 },
    });
    await database.delete();
  });
});

describe('countPerDay', () => {
  it('counts events per local day, newest day first', () => {
    const day1 = new Date(2026, 11, 1, 9).getTime();
    const day2 = new Date(2026, 11, 2, 23, 30).getTime();

    expect(countPerDay([{ time: day1 }, { time: day2 }, { time: day2 + 60_000 }])).toEqual([
      { day: '2026-12-02', count: 2 },
      { day: '2026-12-01', count: 1 },
    ]);
  });

  it('uses the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 0, 1).getTime())).toBe('2026-01-05');
  });
});

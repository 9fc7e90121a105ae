import { describe, expect, it } from 'vitest';

import { dailyQuality, localDay } from '@/lib/progress/daily';
import { summarizeByDay } from '@/lib/progress/day-summary';
import { AscentDatabase } from '@/lib/progress/db';
import { addEvent, addEvents, readEvents, readSummaries } from '@/lib/progress/event-store';
import type { ProgressEvent } from '@/lib/progress/event';
import { readLevelFloor } from '@/lib/progress/level-floor';
import { buildOverview } from '@/lib/progress/overview';
import { emptyPackContent } from '@/lib/progress/pack-content';
import { rollUpOldEvents, rollUpWhenDue } from '@/lib/progress/rollup';
import { dayMs } from '@/lib/progress/thresholds';
import { foundationLessons, now, syntheticHistory } from './synthetic-history';
import { toStoredEvents } from './stored-history';

const submit = (time: number, score: number): ProgressEvent => ({
  kind: 'submit',
  time,
  tool: 'chatgpt',
  role: 'marketing',
  outcome: 'clean',
  score,
  dimensions: {},
  techniques: ['examples'],
  taskKind: 'writing',
  conversationId: `c${time}`,
  followsAnswer: false,
  asksVerification: false,
  findingCounts: {},
  promptLength: 100,
});

async function freshDatabase(): Promise<AscentDatabase> {
  return new AscentDatabase(`rollup-${Math.random()}`);
}

describe('rolling up old events', () => {
  it('folds events older than the period into daily aggregates and keeps the newer ones', async () => {
    const database = await freshDatabase();
    const oldDay = now - 200 * dayMs;
    await addEvents(database, [
      submit(oldDay, 40),
      submit(oldDay + 1000, 60),
      submit(oldDay + 2000, 80),
    ]);
    await addEvent(database, submit(now - dayMs, 70));

    const rolled = await rollUpOldEvents(database, { now, afterDays: 180 });

    expect(rolled).toBe(3);
    expect(await database.events.count()).toBe(1);
    const [day] = await database.days.toArray();
    expect(day).toMatchObject({ day: localDay(oldDay), prompts: 3, techniques: { examples: 3 } });
    expect(dailyQuality([day!])).toEqual([
      { day: localDay(oldDay), median: 60, low: 40, high: 80, prompts: 3 },
    ]);
    await database.delete();
  });

  it('keeps old lesson checks and template uses, and the day summaries in step', async () => {
    const database = await freshDatabase();
    const oldDay = now - 200 * dayMs;
    const lesson: ProgressEvent = {
      kind: 'lesson-check',
      time: oldDay + 500,
      lessonId: 'what-ai-is',
      passed: true,
      score: 100,
    };
    const use: ProgressEvent = {
      kind: 'template-use',
      time: oldDay + 1500,
      tool: 'chatgpt',
      templateId: 'data-analysis',
    };
    await addEvents(database, [submit(oldDay, 40), lesson, submit(oldDay + 1000, 60), use]);
    await addEvent(database, submit(now - dayMs, 70));

    expect(await rollUpOldEvents(database, { now, afterDays: 180 })).toBe(2);

    const kept = await readEvents(database);
    expect(kept.map(({ kind }) => kind)).toEqual(['lesson-check', 'template-use', 'submit']);
    expect(await readSummaries(database)).toEqual([...summarizeByDay(kept).values()]);
    const [oldSummary] = await readSummaries(database);
    expect(oldSummary!.skills).toMatchObject({ lessonsPassed: ['what-ai-is'], submits: 0 });
    expect(await database.days.get(localDay(oldDay))).toMatchObject({
      prompts: 2,
      lessonChecks: 0,
      templateUses: 0,
    });
    await database.delete();
  });

  it('deletes only the old events when old and new ones were stored in between', async () => {
    const database = await freshDatabase();
    const times = [200, 1, 300, 250, 2, 190].map((days) => now - days * dayMs);
    await addEvents(
      database,
      times.map((time) => submit(time, 50)),
    );

    expect(await rollUpOldEvents(database, { now, afterDays: 180 })).toBe(4);
    expect((await readEvents(database)).map((event) => event.time)).toEqual([times[4], times[1]]);
    expect((await database.days.toArray()).reduce((sum, day) => sum + day.prompts, 0)).toBe(4);
    await database.delete();
  });

  it('adds to a day that was partly rolled up before, counting nothing twice', async () => {
    const database = await freshDatabase();
    const oldDay = new Date(now - 200 * dayMs).setHours(9, 0, 0, 0);
    await addEvent(database, submit(oldDay, 50));
    await rollUpOldEvents(database, { now, afterDays: 180 });
    await addEvent(database, submit(oldDay + 3_600_000, 70));
    await rollUpOldEvents(database, { now, afterDays: 180 });

    expect(await database.days.toArray()).toMatchObject([{ prompts: 2, scores: { 50: 1, 70: 1 } }]);
    expect(await database.events.count()).toBe(0);
    await database.delete();
  });

  it('keeps the level the rolled-up events earned', async () => {
    const database = await freshDatabase();
    const end = now - 200 * dayMs;
    const history = [
      ...syntheticHistory({
        end,
        weeks: 4,
        activeDaysPerWeek: 3,
        scoreFrom: 40,
        scoreTo: 70,
        pastesPerDay: 2,
      }),
    ];
    const lessons = foundationLessons.map((lessonId, index) => ({
      kind: 'lesson-check' as const,
      time: end - 20 * dayMs + index,
      lessonId,
      passed: true,
      score: 100,
    }));
    await addEvents(database, toStoredEvents([...history, ...lessons]));

    await rollUpOldEvents(database, { now, afterDays: 180, lessons: foundationLessons });
    const overview = buildOverview({
      summaries: await readSummaries(database),
      days: await database.days.toArray(),
      levelFloor: await readLevelFloor(database),
      pack: emptyPackContent,
      lessonIds: foundationLessons,
      now,
    });

    // Lesson checks are kept: a passed lesson is not forgotten by the roll-up.
    expect(await database.events.count()).toBe(lessons.length);
    expect(overview.lessonsPassed).toEqual(new Set(foundationLessons));
    expect(await readLevelFloor(database)).toBe('organisation');
    expect(overview.assessment).toMatchObject({
      level: 'organisation',
      status: 'reached',
      inactive: false,
    });
    expect(overview.quality.length).toBeGreaterThan(0);
    await database.delete();
  });

  it('runs at most twice a day', async () => {
    const database = await freshDatabase();
    await addEvent(database, submit(now - 200 * dayMs, 50));
    expect(await rollUpWhenDue(database, { now, afterDays: 180 })).toBe(1);

    await addEvent(database, submit(now - 200 * dayMs, 50));
    expect(await rollUpWhenDue(database, { now: now + 60_000, afterDays: 180 })).toBe(0);
    expect(await rollUpWhenDue(database, { now: now + dayMs, afterDays: 180 })).toBe(1);
    await database.delete();
  });
});

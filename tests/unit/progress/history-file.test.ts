import { describe, expect, it } from 'vitest';

import { AscentDatabase } from '@/lib/progress/db';
import { addEvents, readEvents } from '@/lib/progress/event-store';
import type { ProgressEvent } from '@/lib/progress/event';
import {
  deleteAllProgress,
  exportHistory,
  importHistory,
  parseHistoryFile,
} from '@/lib/progress/history-file';
import { raiseLevelFloor, readLevelFloor } from '@/lib/progress/level-floor';
import {
  parseSummary,
  summaryToCsv,
  teamDistribution,
  type ProgressSummary,
} from '@/lib/progress/summary-file';

const paste: ProgressEvent = {
  kind: 'paste',
  time: 1_700_000_000_000,
  tool: 'chatgpt',
  role: 'sales',
  outcome: 'clean',
  findingCounts: {},
  promptLength: 30,
};
const lesson: ProgressEvent = {
  kind: 'lesson-check',
  time: 1_700_000_100_000,
  lessonId: 'what-ai-is',
  passed: true,
  score: 100,
};
const day = {
  day: '2023-01-02',
  prompts: 2,
  pastes: 0,
  lessonChecks: 0,
  templateUses: 0,
  guarded: 2,
  clean: 2,
  withinPolicy: 2,
  scores: { 55: 2 },
  techniques: {},
  taskKinds: { writing: 2 },
  tools: { claude: 2 },
  findingCounts: {},
  promptLength: 400,
};

async function seeded(): Promise<AscentDatabase> {
  const database = new AscentDatabase(`history-${Math.random()}`);
  await addEvents(database, [paste, lesson]);
  await database.days.add(day);
  await raiseLevelFloor(database, 'organisation');
  return database;
}

const snapshot = async (database: AscentDatabase) => ({
  events: (await readEvents(database)).map(({ id: _id, ...event }) => event),
  days: await database.days.toArray(),
  level: await readLevelFloor(database),
});

describe('exporting and importing the whole history', () => {
  it('restores exactly what was there after "delete my data"', async () => {
    const database = await seeded();
    const before = await snapshot(database);
    const file = JSON.stringify(await exportHistory(database, Date.now()));

    await deleteAllProgress(database);
    expect(await snapshot(database)).toEqual({ events: [], days: [], level: undefined });

    expect(await importHistory(database, file)).toEqual({ ok: true, added: 3, skipped: 0 });
    expect(await snapshot(database)).toEqual(before);
    await database.delete();
  });

  it('adds nothing twice when the same file is imported again', async () => {
    const database = await seeded();
    const file = JSON.stringify(await exportHistory(database, Date.now()));

    expect(await importHistory(database, file)).toEqual({ ok: true, added: 0, skipped: 3 });
    expect(await database.events.count()).toBe(2);
    await database.delete();
  });

  it('never overwrites a stored day with an imported one', async () => {
    const database = await seeded();
    const file = await exportHistory(database, Date.now());
    file.days[0] = { ...day, prompts: 99 };

    await importHistory(database, JSON.stringify(file));
    expect((await database.days.get(day.day))?.prompts).toBe(2);
    await database.delete();
  });

  it.each([
    ['not JSON', '{"format": ', /not JSON/],
    ['another format', JSON.stringify({ format: 'other' }), /its "format" field is missing/],
    [
      'prompt text in an event',
      JSON.stringify({
        format: 'ascent-history',
        version: 1,
        exportedAt: 1,
        days: [],
        events: [{ ...paste, text: 'secret plan' }],
      }),
      /at events\.0/,
    ],
  ])('refuses %s with a message and changes nothing', async (_name, text, problem) => {
    const database = await seeded();
    const before = await snapshot(database);

    const result = await importHistory(database, text);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(problem);
    expect(await snapshot(database)).toEqual(before);
    await database.delete();
  });

  it('reports the JSON path of the first problem', () => {
    expect(
      parseHistoryFile(
        JSON.stringify({
          format: 'ascent-history',
          version: 1,
          exportedAt: 1,
          events: [],
          days: [{}],
        }),
      ),
    ).toMatch(/days\.0/);
  });
});

describe('the anonymised summary', () => {
  const summary: ProgressSummary = {
    format: 'ascent-summary',
    version: 1,
    date: '2026-06-01',
    level: 'organisation',
    status: 'reached',
    inactive: false,
    skills: { 'core-prompting': 62, 'safe-use': 97 },
    prompts: 120,
    pastes: 40,
    activeDays: 20,
    lessonsPassed: 5,
    medianScore: 64,
    cleanPasteRate: null,
  };

  it('reads back the same summary from JSON and from CSV', () => {
    expect(parseSummary(JSON.stringify(summary))).toEqual(summary);
    expect(parseSummary(summaryToCsv(summary))).toEqual(summary);
  });

  it('refuses a file that is not a summary', () => {
    expect(parseSummary('name,level\nAnna,foundation')).toMatch(/not an Ascent summary/);
  });

  it('shows how a team spreads over the levels', () => {
    const team = teamDistribution([
      summary,
      { ...summary, level: 'foundation', skills: { 'core-prompting': 38 } },
    ]);

    expect(team.people).toBe(2);
    expect(team.levels).toMatchObject({ foundation: 1, organisation: 1, breakthrough: 0 });
    expect(team.skills.find((skill) => skill.id === 'core-prompting')?.average).toBe(50);
  });
});

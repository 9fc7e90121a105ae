import { describe, expect, it } from 'vitest';

import { skillEvidenceSchema, type SkillEvidence } from '@/lib/progress/evidence';
import { AscentDatabase } from '@/lib/progress/db';
import { addEvent, readSummaries } from '@/lib/progress/event-store';
import { assessSkills, type SummedEvidence } from '@/lib/progress/skill-model';
import { weekMs } from '@/lib/progress/thresholds';

import {
  foundationLessons,
  now,
  passedLessons,
  secretIncidents,
  syntheticHistory,
  type HistoryProfile,
} from './synthetic-history';
import { toStoredEvents } from './stored-history';

const assess = (events: readonly SkillEvidence[] | SummedEvidence) =>
  assessSkills(events, { now, lessons: foundationLessons });

const missingTopics = (events: readonly SkillEvidence[]) =>
  assess(events).missing.map((item) => item.skill);

// The histories of issue 7's table; each later one builds on the profile before it.
const organisationProfile: Partial<HistoryProfile> = {
  weeks: 4,
  activeDaysPerWeek: 3,
  scoreFrom: 40,
  scoreTo: 70,
  techniques: 2,
  taskKinds: 2,
  pastesPerDay: 2,
  cleanPasteShare: 0.96,
};

const durableProfile: Partial<HistoryProfile> = {
  ...organisationProfile,
  weeks: 13,
  scoreFrom: 75,
  scoreTo: 80,
  techniques: 4,
  taskKinds: 3,
  engagedShare: 0.35,
  role: 'data-analyst',
};

const breakthroughProfile: Partial<HistoryProfile> = {
  ...durableProfile,
  weeks: 26,
  scoreFrom: 80,
  scoreTo: 84,
  taskKinds: 5,
  tools: 2,
  templateDaysPerWeek: 1,
};

function organisationHistory(end = now): SkillEvidence[] {
  const start = end - 4 * weekMs;

  return [
    ...passedLessons(foundationLessons, start),
    ...syntheticHistory({ ...organisationProfile, end }),
  ];
}

/** Two more weeks of the same steady use, ending at `end`. */
function steadyWeeks(end: number, seed: number): SkillEvidence[] {
  return syntheticHistory({ ...organisationProfile, weeks: 2, scoreFrom: 70, end, seed });
}

describe('assessSkills on the histories of issue 7', () => {
  it('keeps five prompts on one day, median 40, at foundation in progress', () => {
    const events = syntheticHistory({ conversationsPerDay: 5, scoreFrom: 40, scoreTo: 40 });
    const assessment = assess(events);

    expect(assessment).toMatchObject({ level: 'foundation', status: 'in-progress' });
    expect(missingTopics(events)).toEqual(
      expect.arrayContaining(['core-prompting', 'regular-practice']),
    );
  });

  it('does not advance on lessons alone: every lesson passed and three prompts stay foundation', () => {
    const events = [
      ...passedLessons(foundationLessons, now - 2 * weekMs),
      ...syntheticHistory({ conversationsPerDay: 3, scoreFrom: 35, scoreTo: 35 }),
    ];

    expect(assess(events)).toMatchObject({ level: 'foundation', status: 'in-progress' });
    expect(missingTopics(events)).not.toContain('understanding-ai');
    expect(missingTopics(events)).toEqual(
      expect.arrayContaining(['core-prompting', 'regular-practice']),
    );
  });

  it('reaches organisation after four weeks of regular, improving, clean practice', () => {
    const assessment = assess(organisationHistory());

    expect(assessment).toMatchObject({
      level: 'organisation',
      status: 'reached',
      nextLevel: 'durable-skills',
    });
    expect(assessment.skills.find((skill) => skill.id === 'core-prompting')?.trend).toBe('rising');
  });

  it('holds a learner who pasted six secrets in the last two weeks at foundation', () => {
    const events = [
      ...organisationHistory(now - 2 * weekMs),
      ...steadyWeeks(now, 2),
      ...secretIncidents(6, now - 2 * weekMs, now),
    ];
    const assessment = assess(events);

    expect(assessment).toMatchObject({ level: 'foundation', status: 'in-progress' });
    expect(assessment.missing[0]?.skill).toBe('clean-weeks');
  });

  it('gives the level back once two clean weeks follow the secret pastes', () => {
    const events = [
      ...organisationHistory(now - 4 * weekMs),
      ...steadyWeeks(now - 2 * weekMs, 2),
      ...secretIncidents(6, now - 4 * weekMs, now - 2 * weekMs),
      ...steadyWeeks(now, 3),
    ];

    expect(assess(events)).toMatchObject({ level: 'organisation', status: 'reached' });
  });

  it('reaches durable skills after three months of strong, varied prompts that follow up and verify', () => {
    const assessment = assess(syntheticHistory(durableProfile));

    expect(assessment).toMatchObject({ level: 'durable-skills', status: 'reached' });
    expect(assessment.nextLevel).toBe('breakthrough');
  });

  it('reaches breakthrough after six months across task kinds, tools and regular templates', () => {
    const assessment = assess(syntheticHistory(breakthroughProfile));

    expect(assessment).toMatchObject({
      level: 'breakthrough',
      status: 'reached',
      inactive: false,
    });
  });

  it('keeps a breakthrough learner who stops for six weeks at breakthrough, shown as inactive', () => {
    const events = syntheticHistory({ ...breakthroughProfile, end: now - 6 * weekMs });

    expect(assess(events)).toMatchObject({
      level: 'breakthrough',
      status: 'reached',
      inactive: true,
    });
  });
});

describe('assessSkills at the edges', () => {
  it('starts an empty history at foundation, in progress, with what to do first', () => {
    const assessment = assess([]);

    expect(assessment).toMatchObject({
      level: 'foundation',
      status: 'in-progress',
      inactive: false,
      nextLevel: 'organisation',
    });
    expect(assessment.missing.map((item) => item.skill)).toEqual([
      'understanding-ai',
      'safe-use',
      'core-prompting',
      'regular-practice',
    ]);
    expect(assessment.missing[0]?.message.en).toMatch(/foundation lessons/);
    expect(assessment.skills.every((skill) => skill.value === 0)).toBe(true);
  });

  it('ignores evidence dated after now', () => {
    const history = syntheticHistory({ conversationsPerDay: 5, scoreFrom: 40, scoreTo: 40 });
    const future = syntheticHistory({ ...breakthroughProfile, end: now + 30 * weekMs });

    expect(assess([...history, ...future])).toEqual(assess(history));
  });

  it('gives the same assessment for the same seed and the same now', () => {
    const first = assess(syntheticHistory({ ...durableProfile, seed: 7 }));
    const second = assess(syntheticHistory({ ...durableProfile, seed: 7 }));

    expect(second).toEqual(first);
  });

  it('does not hold a learner back for a single blocked secret', () => {
    const events = [...organisationHistory(), ...secretIncidents(1, now - weekMs, now)];

    expect(assess(events)).toMatchObject({ level: 'organisation', status: 'reached' });
  });

  it('keeps every value between 0 and 1 and counts the evidence behind it', () => {
    const { skills } = assess(syntheticHistory(breakthroughProfile));

    expect(skills).toHaveLength(13);
    expect(skills.every((skill) => skill.value >= 0 && skill.value <= 1)).toBe(true);
    expect(skills.find((skill) => skill.id === 'core-prompting')?.evidenceCount).toBeGreaterThan(0);
  });

  it('says every missing item in English and Dutch', () => {
    const { missing } = assess(organisationHistory());

    expect(missing.length).toBeGreaterThan(0);
    for (const item of missing) {
      expect(item.message.en).not.toBe('');
      expect(item.message.nl).not.toBe(item.message.en);
    }
  });
});

describe('skillEvidenceSchema', () => {
  const submit = syntheticHistory({ engagedShare: 1 })[0]!;

  it('accepts each kind of evidence the factory builds', () => {
    const events = [
      ...syntheticHistory({ ...durableProfile, weeks: 1, templateDaysPerWeek: 1 }),
      ...passedLessons(['what-ai-is'], now),
      ...secretIncidents(2, now - weekMs, now),
    ];

    for (const event of events) expect(skillEvidenceSchema.safeParse(event).success).toBe(true);
    expect(new Set(events.map((event) => event.kind)).size).toBe(4);
  });

  it('refuses a field it does not know, such as the prompt text', () => {
    expect(skillEvidenceSchema.safeParse({ ...submit, text: 'Summarise this' }).success).toBe(
      false,
    );
    expect(
      skillEvidenceSchema.safeParse({
        kind: 'paste',
        time: now,
        tool: 'chatgpt',
        outcome: 'blocked',
        category: 'secret',
        value: 'AKIA…',
      }).success,
    ).toBe(false);
  });

  it('refuses free text where an id belongs', () => {
    const withSentence = { ...submit, techniques: ['Act as our lawyer and review'] };

    expect(skillEvidenceSchema.safeParse(withSentence).success).toBe(false);
  });

  it('requires a finding category exactly when the guard acted', () => {
    const paste = { kind: 'paste', time: now, tool: 'claude' };

    expect(skillEvidenceSchema.safeParse({ ...paste, outcome: 'warned' }).success).toBe(false);
    expect(
      skillEvidenceSchema.safeParse({ ...paste, outcome: 'clean', category: 'contact' }).success,
    ).toBe(false);
  });

  it('refuses an unknown kind of evidence', () => {
    expect(skillEvidenceSchema.safeParse({ kind: 'click', time: now }).success).toBe(false);
  });
});

describe('assessSkills on the day summaries the recorder keeps', () => {
  const histories: Record<string, () => SkillEvidence[]> = {
    'five prompts on one day': () =>
      syntheticHistory({ conversationsPerDay: 5, scoreFrom: 40, scoreTo: 40 }),
    'lessons and three prompts': () => [
      ...passedLessons(foundationLessons, now - 2 * weekMs),
      ...syntheticHistory({ conversationsPerDay: 3, scoreFrom: 35, scoreTo: 35 }),
    ],
    organisation: () => organisationHistory(),
    'six secret pastes': () => [
      ...organisationHistory(now - 2 * weekMs),
      ...steadyWeeks(now, 2),
      ...secretIncidents(6, now - 2 * weekMs, now),
    ],
    'two clean weeks after the secrets': () => [
      ...organisationHistory(now - 4 * weekMs),
      ...steadyWeeks(now - 2 * weekMs, 2),
      ...secretIncidents(6, now - 4 * weekMs, now - 2 * weekMs),
      ...steadyWeeks(now, 3),
    ],
    'durable skills': () => syntheticHistory(durableProfile),
    breakthrough: () => syntheticHistory(breakthroughProfile),
    'six weeks away': () => syntheticHistory({ ...breakthroughProfile, end: now - 6 * weekMs }),
  };

  /** Stores the history event by event, as the background records it, and reads it back. */
  async function storedDays(evidence: readonly SkillEvidence[]) {
    const database = new AscentDatabase(`summaries-${Math.random()}`);
    for (const event of toStoredEvents(evidence)) await addEvent(database, event);

    const days = (await readSummaries(database)).map(({ day, skills }) => ({ day, skills }));
    await database.delete();
    return days;
  }

  for (const [name, history] of Object.entries(histories)) {
    it(`gives the event path's assessment for ${name}`, async () => {
      const evidence = history();

      expect(assess({ days: await storedDays(evidence) })).toEqual(assess(evidence));
    });
  }
});

import { taskKinds, type RoleId } from '../../../lib/coaching/roles';
import type { PasteEvidence, SkillEvidence, SubmitEvidence } from '../../../lib/progress/evidence';
import { dayMs, weekMs } from '../../../lib/progress/thresholds';

/** The shape of a synthetic learner's use of AI; every field has a plain default. */
export interface HistoryProfile {
  /** The history ends here; its weeks run back from it. */
  end: number;
  weeks: number;
  activeDaysPerWeek: number;
  conversationsPerDay: number;
  /** The daily median opening-prompt score moves in a straight line from → to. */
  scoreFrom: number;
  scoreTo: number;
  /** How far single scores stray from the day's median, both ways alike. */
  scoreSpread: number;
  techniques: number;
  taskKinds: number;
  tools: number;
  role: RoleId;
  /** Share of conversations followed up; every other follow-up asks for a check. */
  engagedShare: number;
  templateDaysPerWeek: number;
  pastesPerDay: number;
  cleanPasteShare: number;
  seed: number;
}

export const now = Date.UTC(2026, 5, 1, 18);

export const foundationLessons = [
  'what-ai-is',
  'data-that-stays-out',
  'disclosing-ai-help',
  'writing-clear-prompts',
  'checking-answers',
];

const techniqueIds = ['role', 'context', 'examples', 'constraints', 'output-format', 'steps'];
const workKinds = taskKinds.filter((kind) => kind !== 'other');
const toolIds = ['chatgpt', 'claude', 'gemini', 'copilot'];
const activeDayOrder = [0, 2, 4, 1, 3, 5, 6];

const defaults: HistoryProfile = {
  end: now,
  weeks: 1,
  activeDaysPerWeek: 1,
  conversationsPerDay: 3,
  scoreFrom: 50,
  scoreTo: 50,
  scoreSpread: 8,
  techniques: 1,
  taskKinds: 1,
  tools: 1,
  role: 'marketing',
  engagedShare: 0,
  templateDaysPerWeek: 0,
  pastesPerDay: 0,
  cleanPasteShare: 1,
  seed: 1,
};

/** mulberry32: a tiny seeded generator, so every run builds the same history. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** True for an even spread of `share` of all indexes: 0.35 marks 35 of every 100. */
function spread(index: number, share: number): boolean {
  return Math.floor((index + 1) * share) > Math.floor(index * share);
}

interface Builder {
  profile: HistoryProfile;
  random: () => number;
  events: SkillEvidence[];
  conversations: number;
  engaged: number;
  pastes: number;
}

/** A deterministic, seeded history of prompts, pastes and template uses. */
export function syntheticHistory(overrides: Partial<HistoryProfile> = {}): SkillEvidence[] {
  const profile = { ...defaults, ...overrides };
  const builder: Builder = {
    profile,
    random: seededRandom(profile.seed),
    events: [],
    conversations: 0,
    engaged: 0,
    pastes: 0,
  };
  const days = activeDays(profile);

  days.forEach((day, index) => addDay(builder, day, index / Math.max(days.length - 1, 1)));
  return builder.events;
}

/** Start times of the active days, oldest first, with each day's rank in its week. */
function activeDays(profile: HistoryProfile): { start: number; rankInWeek: number }[] {
  const first = profile.end - profile.weeks * weekMs;
  const ranks = activeDayOrder.slice(0, profile.activeDaysPerWeek).sort((a, b) => a - b);

  return Array.from({ length: profile.weeks }, (_, week) =>
    ranks.map((day, rankInWeek) => ({ start: first + week * weekMs + day * dayMs, rankInWeek })),
  ).flat();
}

function addDay(builder: Builder, day: { start: number; rankInWeek: number }, progress: number) {
  const { profile } = builder;
  const median = profile.scoreFrom + (profile.scoreTo - profile.scoreFrom) * progress;
  const scores = scoresAround(median, profile.conversationsPerDay, builder);
  const templateDay = day.rankInWeek < profile.templateDaysPerWeek;
  let time = day.start + 9 * 60 * 60 * 1000;

  if (templateDay) builder.events.push(templateUse(time, toolFor(builder)));

  scores.forEach((score, index) => {
    time += 20 * 60 * 1000;
    addConversation(builder, time, score, templateDay && index === 0);
  });

  for (let index = 0; index < profile.pastesPerDay; index++) {
    builder.events.push(paste(builder, time + (index + 1) * 60 * 1000));
  }
}

/** Scores in pairs mirrored around the median, so the day's median is exactly `median`. */
function scoresAround(median: number, count: number, builder: Builder): number[] {
  const scores = count % 2 === 1 ? [median] : [];
  while (scores.length < count) {
    const offset = builder.random() * builder.profile.scoreSpread;
    scores.push(median - offset, median + offset);
  }

  return scores.map((score) => Math.min(100, Math.max(0, Math.round(score))));
}

function addConversation(builder: Builder, time: number, score: number, fromTemplate: boolean) {
  const { profile } = builder;
  const conversationId = `s${profile.seed}-c${builder.conversations}`;
  const opening = submit(builder, { time, score, conversationId });
  builder.events.push(fromTemplate ? { ...opening, templateId: 'weekly-report' } : opening);

  if (!spread(builder.conversations++, profile.engagedShare)) return;

  const asksVerification = builder.engaged++ % 2 === 1;
  builder.events.push({
    ...opening,
    time: time + 5 * 60 * 1000,
    techniques: [],
    followsAnswer: true,
    asksVerification,
  });
}

function submit(
  builder: Builder,
  fields: { time: number; score: number; conversationId: string },
): SubmitEvidence {
  const { profile, random } = builder;

  return {
    kind: 'submit',
    ...fields,
    tool: toolFor(builder),
    role: profile.role,
    outcome: 'clean',
    dimensions: { task_clarity: fields.score / 100 },
    techniques: pick(techniqueIds.slice(0, profile.techniques), 2, random),
    taskKind: pick(workKinds.slice(0, profile.taskKinds), 1, random)[0]!,
    followsAnswer: false,
    asksVerification: false,
  };
}

function paste(builder: Builder, time: number): PasteEvidence {
  const warned = spread(builder.pastes++, 1 - builder.profile.cleanPasteShare);
  const tool = toolFor(builder);

  return warned
    ? { kind: 'paste', time, tool, outcome: 'warned', category: 'contact' }
    : { kind: 'paste', time, tool, outcome: 'clean' };
}

function templateUse(time: number, tool: string): SkillEvidence {
  return { kind: 'template-use', time, tool, templateId: 'weekly-report' };
}

function toolFor(builder: Builder): string {
  return pick(toolIds.slice(0, builder.profile.tools), 1, builder.random)[0]!;
}

/** `count` distinct items of `items`, chosen by the seeded generator. */
function pick<T>(items: readonly T[], count: number, random: () => number): T[] {
  const left = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && left.length > 0) {
    chosen.push(left.splice(Math.floor(random() * left.length), 1)[0]!);
  }

  return chosen;
}

/** A passed check for each lesson, a minute apart from `time`. */
export function passedLessons(lessonIds: readonly string[], time: number): SkillEvidence[] {
  return lessonIds.map((lessonId, index) => ({
    kind: 'lesson-check',
    time: time + index * 60 * 1000,
    lessonId,
    passed: true,
    score: 100,
  }));
}

/** `count` secret pastes between `from` and `to`, alternately blocked and overridden. */
export function secretIncidents(count: number, from: number, to: number): SkillEvidence[] {
  const step = (to - from) / count;

  return Array.from({ length: count }, (_, index) => ({
    kind: 'paste',
    time: Math.round(from + (index + 0.5) * step),
    tool: 'chatgpt',
    outcome: index % 2 === 0 ? 'blocked' : 'overridden',
    category: 'secret',
  }));
}

import { conversationFlags, dayNumber, type SkillDay } from './day-summary';
import { localDay } from './daily';

/**
 * The evidence of one week, summed. Weeks are seven local calendar days counted back from
 * today, so bucket 0 is today and the six days before; the model only compares whole weeks.
 */
export interface WeekBucket {
  activeDays: Set<number>;
  templateDays: Set<number>;
  /** Opening prompts per score 0..100, so a weighted median needs no sorting. */
  scoreCounts: number[];
  openingPrompts: number;
  submits: number;
  roleChosen: number;
  /** Pastes and prompts the guard looked at, those it found clean, those within policy. */
  guarded: number;
  clean: number;
  withinPolicy: number;
  /** Conversation hashes with their flags (day-summary.ts). */
  conversations: Map<number, number>;
  /** Conversations followed up, and those with a check asked for; counted once at the end. */
  engagedConversations: number;
  verifiedConversations: number;
  techniques: Map<string, number>;
  taskKinds: Map<string, number>;
  tools: Map<string, number>;
  lessonChecks: number;
  lessonsPassed: Set<string>;
}

function emptyBucket(): WeekBucket {
  return {
    activeDays: new Set(),
    templateDays: new Set(),
    scoreCounts: new Array<number>(101).fill(0),
    openingPrompts: 0,
    submits: 0,
    roleChosen: 0,
    guarded: 0,
    clean: 0,
    withinPolicy: 0,
    conversations: new Map(),
    engagedConversations: 0,
    verifiedConversations: 0,
    techniques: new Map(),
    taskKinds: new Map(),
    tools: new Map(),
    lessonChecks: 0,
    lessonsPassed: new Set(),
  };
}

/** A skill day with the local calendar day it sums. */
export interface DatedSkillDay {
  day: string;
  skills: SkillDay;
}

/** Sums skill days into weekly buckets, newest first; days after today are left out. */
export function bucketDays(days: readonly DatedSkillDay[], now: number): WeekBucket[] {
  const today = dayNumber(localDay(now));
  const buckets: WeekBucket[] = [];

  for (const { day, skills } of days) {
    const age = today - dayNumber(day);
    if (age < 0) continue;

    const week = Math.floor(age / 7);
    buckets[week] ??= emptyBucket();
    addDay(buckets[week], skills, age);
  }

  return Array.from(buckets, (bucket) => countConversations(bucket ?? emptyBucket()));
}

// Counted once here: the model reads every bucket again at each weekly checkpoint.
function countConversations(bucket: WeekBucket): WeekBucket {
  for (const flags of bucket.conversations.values()) {
    if (flags & conversationFlags.engaged) bucket.engagedConversations += 1;
    if (flags & conversationFlags.verified) bucket.verifiedConversations += 1;
  }

  return bucket;
}

function addDay(bucket: WeekBucket, day: SkillDay, age: number): void {
  if (day.lastActive >= 0) bucket.activeDays.add(age);
  if (day.templateUsed) bucket.templateDays.add(age);

  for (const [score, count] of Object.entries(day.scores)) {
    bucket.scoreCounts[Number(score)]! += count;
    bucket.openingPrompts += count;
  }

  bucket.submits += day.submits;
  bucket.roleChosen += day.roleChosen;
  bucket.guarded += day.guarded;
  bucket.clean += day.clean;
  bucket.withinPolicy += day.withinPolicy;
  bucket.lessonChecks += day.lessonChecks;
  for (const lesson of day.lessonsPassed) bucket.lessonsPassed.add(lesson);

  addConversations(bucket.conversations, day.conversations);
  count(bucket.techniques, day.techniques);
  count(bucket.taskKinds, day.taskKinds);
  count(bucket.tools, day.tools);
}

function addConversations(into: Map<number, number>, pairs: readonly number[]): void {
  for (let index = 0; index < pairs.length; index += 2) {
    into.set(pairs[index]!, (into.get(pairs[index]!) ?? 0) | pairs[index + 1]!);
  }
}

function count(counts: Map<string, number>, from: Record<string, number>): void {
  for (const [id, uses] of Object.entries(from)) counts.set(id, (counts.get(id) ?? 0) + uses);
}

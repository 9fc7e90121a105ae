import type { LessonCheckEvidence, PasteEvidence, SkillEvidence, SubmitEvidence } from './evidence';
import { dayMs } from './thresholds';

/** What one conversation showed after the AI's answers. */
interface ConversationSignal {
  /** Followed up on an answer: refined, asked for alternatives, questioned it. */
  engaged: boolean;
  /** Asked the AI to check its answer or to give sources. */
  verified: boolean;
}

/**
 * The evidence of one week, summed. Days are counted back from `now` in 24-hour steps, so
 * bucket 0 is the seven days before now; the skill model only ever compares whole weeks.
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
  conversations: Map<string, ConversationSignal>;
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

/**
 * Sums the evidence into weekly buckets, newest first (index = weeks before `now`).
 * Evidence from the future (a wrong clock, a bad import) is left out.
 */
export function bucketByWeek(events: readonly SkillEvidence[], now: number): WeekBucket[] {
  const buckets: WeekBucket[] = [];

  for (const event of events) {
    if (event.time > now) continue;

    const day = Math.floor((now - event.time) / dayMs);
    const week = Math.floor(day / 7);
    buckets[week] ??= emptyBucket();
    addEvidence(buckets[week], event, day);
  }

  return Array.from(buckets, (bucket) => countConversations(bucket ?? emptyBucket()));
}

// Counted once here: the model reads every bucket again at each weekly checkpoint.
function countConversations(bucket: WeekBucket): WeekBucket {
  for (const signal of bucket.conversations.values()) {
    if (signal.engaged) bucket.engagedConversations += 1;
    if (signal.verified) bucket.verifiedConversations += 1;
  }

  return bucket;
}

function addEvidence(bucket: WeekBucket, event: SkillEvidence, day: number): void {
  switch (event.kind) {
    case 'submit':
      return addSubmit(bucket, event, day);
    case 'paste':
      bucket.activeDays.add(day);
      return addGuarded(bucket, event);
    case 'lesson-check':
      return addLessonCheck(bucket, event);
    case 'template-use':
      bucket.activeDays.add(day);
      bucket.templateDays.add(day);
  }
}

function addSubmit(bucket: WeekBucket, event: SubmitEvidence, day: number): void {
  bucket.activeDays.add(day);
  bucket.submits += 1;
  if (event.role !== 'general') bucket.roleChosen += 1;
  if (event.templateId) bucket.templateDays.add(day);
  addGuarded(bucket, event);

  // A follow-up ("shorter, please") leans on context the rubric cannot see; scoring it
  // would punish the very iterating that curiosity rewards.
  if (!event.followsAnswer) addOpeningScore(bucket, event.score);

  addConversation(bucket, event);
  count(bucket.techniques, event.techniques);
  count(bucket.taskKinds, [event.taskKind]);
  count(bucket.tools, [event.tool]);
}

function addOpeningScore(bucket: WeekBucket, score: number): void {
  bucket.openingPrompts += 1;
  bucket.scoreCounts[score] = (bucket.scoreCounts[score] ?? 0) + 1;
}

function addGuarded(bucket: WeekBucket, event: SubmitEvidence | PasteEvidence): void {
  bucket.guarded += 1;
  if (event.outcome === 'clean') bucket.clean += 1;
  if (event.outcome !== 'blocked' && event.outcome !== 'overridden') bucket.withinPolicy += 1;
}

function addConversation(bucket: WeekBucket, event: SubmitEvidence): void {
  const signal = bucket.conversations.get(event.conversationId) ?? {
    engaged: false,
    verified: false,
  };

  // Asking for a check or sources is itself a follow-up on the answer.
  signal.engaged ||= event.followsAnswer || event.asksVerification;
  signal.verified ||= event.asksVerification;
  bucket.conversations.set(event.conversationId, signal);
}

function addLessonCheck(bucket: WeekBucket, event: LessonCheckEvidence): void {
  bucket.lessonChecks += 1;
  if (event.passed) bucket.lessonsPassed.add(event.lessonId);
}

function count(counts: Map<string, number>, ids: readonly string[]): void {
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
}

import { emptyDay, localDay, addToDay, type DayAggregate } from './daily';
import type { SkillEvidence } from './evidence';
import { evidenceOf, type ProgressEvent } from './event';

/*
 * One local day of the events still stored, summed into exactly what the skill model and
 * the panel read, so opening the panel reads a few hundred small records instead of tens of
 * thousands of events. Kept up to date in the transaction that adds an event (event-store.ts)
 * and rebuilt for a day whenever its events are rolled up or deleted. Ids and counts only.
 */

/** What the skill model reads of one day. */
export interface SkillDay {
  /** Newest prompt, paste or template use (ms); -1 for a day of lesson checks only. */
  lastActive: number;
  /** A template was used (a template-use event or a prompt sent from one). */
  templateUsed: boolean;
  /** Opening prompts per score 0..100. */
  scores: Record<string, number>;
  submits: number;
  roleChosen: number;
  guarded: number;
  clean: number;
  withinPolicy: number;
  /**
   * Conversations as hash, flags, hash, flags...: a 32-bit hash of the random id (a week
   * holds a few hundred, so a collision is a one in ten thousand chance of one conversation
   * counted short) and 1 = followed up, 2 = verified.
   */
  conversations: number[];
  techniques: Record<string, number>;
  taskKinds: Record<string, number>;
  tools: Record<string, number>;
  lessonChecks: number;
  lessonsPassed: string[];
  /** Times of secret pastes or prompts blocked or overridden (a security hold needs them). */
  incidents: number[];
}

/** What team challenges count on one day. */
export interface ChallengeDay {
  prompts: number;
  followUps: number;
  verifications: number;
  lessonPasses: number;
  /** Template-use events, and prompts sent from a template, per template id. */
  templateUses: Record<string, number>;
  templatePrompts: Record<string, number>;
  /** Pastes the guard found clean (the panel's clean-paste rate). */
  cleanPastes: number;
}

/** The stored summary of one local day: the roll-up aggregate plus model and challenges. */
export interface DaySummary {
  /** Local calendar day, YYYY-MM-DD (the table's key). */
  day: string;
  aggregate: DayAggregate;
  skills: SkillDay;
  challenges: ChallengeDay;
}

export const conversationFlags = { engaged: 1, verified: 2 } as const;

/** FNV-1a: a conversation id as a small number, so a day's record stays small. */
export function hashConversation(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  }

  return hash >>> 0;
}

/** A skill day with nothing in it yet. */
export function emptySkillDay(): SkillDay {
  return {
    lastActive: -1,
    templateUsed: false,
    scores: {},
    submits: 0,
    roleChosen: 0,
    guarded: 0,
    clean: 0,
    withinPolicy: 0,
    conversations: [],
    techniques: {},
    taskKinds: {},
    tools: {},
    lessonChecks: 0,
    lessonsPassed: [],
    incidents: [],
  };
}

function emptySummary(day: string): DaySummary {
  return {
    day,
    aggregate: emptyDay(day),
    skills: emptySkillDay(),
    challenges: {
      prompts: 0,
      followUps: 0,
      verifications: 0,
      lessonPasses: 0,
      templateUses: {},
      templatePrompts: {},
      cleanPastes: 0,
    },
  };
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Adds one piece of evidence to a skill day, as weekly-buckets.ts once did per week. */
export function addEvidenceToDay(day: SkillDay, evidence: SkillEvidence): void {
  if (evidence.kind === 'lesson-check') return addLessonCheck(day, evidence);

  day.lastActive = Math.max(day.lastActive, evidence.time);
  if (evidence.kind === 'template-use') return void (day.templateUsed = true);

  day.guarded += 1;
  if (evidence.outcome === 'clean') day.clean += 1;
  if (evidence.outcome !== 'blocked' && evidence.outcome !== 'overridden') day.withinPolicy += 1;
  if (isSecretIncident(evidence)) day.incidents.push(evidence.time);
  if (evidence.kind === 'submit') addSubmit(day, evidence);
}

function addLessonCheck(day: SkillDay, evidence: { lessonId: string; passed: boolean }): void {
  day.lessonChecks += 1;
  if (evidence.passed && !day.lessonsPassed.includes(evidence.lessonId)) {
    day.lessonsPassed.push(evidence.lessonId);
  }
}

function isSecretIncident(evidence: { outcome: string; category?: string }): boolean {
  return evidence.category === 'secret' && ['blocked', 'overridden'].includes(evidence.outcome);
}

function addSubmit(day: SkillDay, evidence: Extract<SkillEvidence, { kind: 'submit' }>): void {
  day.submits += 1;
  if (evidence.role !== 'general') day.roleChosen += 1;
  if (evidence.templateId) day.templateUsed = true;

  // A follow-up leans on context the rubric cannot see: only opening prompts are scored.
  if (!evidence.followsAnswer) bump(day.scores, String(evidence.score));

  addConversation(day, evidence);
  for (const technique of evidence.techniques) bump(day.techniques, technique);
  bump(day.taskKinds, evidence.taskKind);
  bump(day.tools, evidence.tool);
}

function addConversation(day: SkillDay, evidence: Extract<SkillEvidence, { kind: 'submit' }>) {
  const hash = hashConversation(evidence.conversationId);
  // Asking for a check or sources is itself a follow-up on the answer.
  const flags =
    (evidence.followsAnswer || evidence.asksVerification ? conversationFlags.engaged : 0) |
    (evidence.asksVerification ? conversationFlags.verified : 0);

  for (let index = 0; index < day.conversations.length; index += 2) {
    if (day.conversations[index] === hash) return void (day.conversations[index + 1]! |= flags);
  }

  day.conversations.push(hash, flags);
}

function addToChallenges(challenges: ChallengeDay, event: ProgressEvent): void {
  if (event.kind === 'lesson-check' && event.passed) challenges.lessonPasses += 1;
  if (event.kind === 'template-use') bump(challenges.templateUses, event.templateId);
  if (event.kind === 'paste' && event.outcome === 'clean') challenges.cleanPastes += 1;
  if (event.kind !== 'submit') return;

  challenges.prompts += 1;
  if (!('score' in event)) return;

  if (event.followsAnswer) challenges.followUps += 1;
  if (event.asksVerification) challenges.verifications += 1;
  if (event.templateId) bump(challenges.templatePrompts, event.templateId);
}

/** Adds one stored event to the summary of its day. */
export function addToSummary(summary: DaySummary, event: ProgressEvent): void {
  addToDay(summary.aggregate, event);
  addEvidenceToDay(summary.skills, evidenceOf(event));
  addToChallenges(summary.challenges, event);
}

/** Stored events summed per local day. */
export function summarizeByDay(events: readonly ProgressEvent[]): Map<string, DaySummary> {
  const days = new Map<string, DaySummary>();

  for (const event of events) {
    const day = localDay(event.time);
    const summary = days.get(day) ?? emptySummary(day);
    addToSummary(summary, event);
    days.set(day, summary);
  }

  return days;
}

/** Evidence summed per local day, for the model's event path (tests, roll-up). */
export function skillDaysOf(evidence: readonly SkillEvidence[]): Map<string, SkillDay> {
  const days = new Map<string, SkillDay>();

  for (const item of evidence) {
    const day = localDay(item.time);
    const skills = days.get(day) ?? emptySkillDay();
    addEvidenceToDay(skills, item);
    days.set(day, skills);
  }

  return days;
}

/** The local day as a day count, so calendar days subtract even across a DST change. */
export function dayNumber(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Math.round(Date.UTC(year!, month! - 1, date!) / 86_400_000);
}

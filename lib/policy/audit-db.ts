import Dexie, { type EntityTable } from 'dexie';

import { redact, scanText, type CustomPattern } from '../detectors';
import type { MessageOf } from '../messages';

/**
 * The audit log of enforcement decisions, in an IndexedDB database of its own so its
 * retention (set by the pack) never touches progress data. A record holds no matched value;
 * the justification is scanned and redacted before it is stored.
 */
export interface AuditRecord {
  id?: number;
  /** Epoch milliseconds. */
  time: number;
  tool: string;
  trigger: 'paste' | 'submit' | 'file' | 'typing';
  rule: string;
  action: 'allow' | 'monitor' | 'warn' | 'redact' | 'block';
  overridden: boolean;
  justification?: string;
  packId: string;
  packVersion: string;
}

export class AuditDatabase extends Dexie {
  decisions!: EntityTable<AuditRecord, 'id'>;

  constructor(name = 'ascent-audit') {
    super(name);

    this.version(1).stores({ decisions: '++id, time, tool, action' });
  }
}

let database: AuditDatabase | undefined;

/** The audit database of this context, opened on first use. */
export function getAuditDatabase(): AuditDatabase {
  database ??= new AuditDatabase();
  return database;
}

export const defaultRetentionDays = 365;
const dayMs = 24 * 60 * 60 * 1000;

/** The user's justification with every finding replaced by a placeholder. */
export function redactJustification(text: string, customPatterns: CustomPattern[] = []): string {
  return redact(text, scanText(text, { customPatterns })).text;
}

/** What the background knows besides the message when it records a decision. */
export interface AuditContext {
  packId: string;
  packVersion: string;
  retentionDays: number;
  customPatterns: CustomPattern[];
  now: number;
}

/**
 * Stores one decision (justification redacted) and drops records older than the
 * retention period, so the log never holds more than the pack allows.
 */
export async function recordDecision(
  db: AuditDatabase,
  message: MessageOf<'policy-decision'>,
  context: AuditContext,
): Promise<void> {
  const { tool, trigger, rule, action, overridden, justification } = message;
  const record: AuditRecord = {
    time: context.now,
    tool,
    trigger,
    rule,
    action,
    overridden,
    packId: context.packId,
    packVersion: context.packVersion,
  };
  if (justification?.trim())
    record.justification = redactJustification(justification, context.customPatterns);

  await db.decisions.add(record);
  await pruneAudit(db, context.retentionDays, context.now);
}

/** Deletes records older than the retention period. */
export async function pruneAudit(
  db: AuditDatabase,
  retentionDays: number,
  now: number,
): Promise<void> {
  await db.decisions
    .where('time')
    .below(now - retentionDays * dayMs)
    .delete();
}

/** Every record, oldest first. */
export function readAudit(db: AuditDatabase): Promise<AuditRecord[]> {
  return db.decisions.orderBy('time').toArray();
}

import type { ProgressEvent } from './event';

/*
 * How an event sits in the `events` table since schema version 3: one-letter fields, ids
 * as small numbers and dimensions as one array, so a year of heavy use stays well under
 * 10 MB. The rest of Ascent only ever sees `ProgressEvent`: every read and write goes
 * through `packEvent` and `unpackEvent` (event-store.ts).
 */

/** One stored event. Absent fields are left out, never stored as `undefined`. */
export interface PackedEvent {
  id?: number;
  /** Time in ms; the table's one index, for roll-ups and reading recent weeks. */
  t: number;
  /** Kind (code). */
  k: Code;
  /** Tool (code, or the id itself for a tool the code table does not know). */
  o?: Code;
  /** Role (code). */
  r?: Code;
  /** Guard outcome and most severe finding category (codes). */
  g?: Code;
  c?: Code;
  /** Prompt score, or the share of a lesson check's questions answered correctly. */
  s?: number;
  /** Rubric dimensions in `codes.dimensions` order: thousandths, or -1 when absent. */
  d?: number[];
  /** Techniques (codes). */
  q?: Code[];
  /** Task kind (code). */
  a?: Code;
  /** Conversation id. */
  v?: string;
  /** Flags: see `flags`. */
  f?: number;
  /** Template id (prompts, template uses) or lesson id (lesson checks). */
  p?: string;
  /** Finding counts as category code, count, category code, count... */
  n?: number[] | Code[];
  /** Text length. */
  l?: number;
}

type Code = number | string;

/*
 * Code tables. Append only, never reorder or remove: stored numbers point into them. A
 * value that is not listed is stored as itself, so a new tool or technique still round-trips.
 */
const codes = {
  kinds: ['submit', 'paste', 'lesson-check', 'template-use'],
  tools: ['chatgpt', 'claude', 'gemini', 'copilot', 'm365-copilot', 'perplexity', 'mistral'],
  roles: [
    'general',
    'software-engineer',
    'data-analyst',
    'customer-support',
    'sales',
    'marketing',
    'hr',
    'legal',
    'finance',
    'product-manager',
    'executive',
    'teacher',
    'researcher',
  ],
  outcomes: ['clean', 'warned', 'redacted', 'blocked', 'overridden'],
  categories: [
    'secret',
    'financial',
    'government_id',
    'contact',
    'network',
    'confidential',
    'custom',
  ],
  taskKinds: [
    'writing',
    'summarising',
    'coding',
    'analysis',
    'translating',
    'brainstorming',
    'deciding',
    'other',
  ],
  techniques: [
    'clear-ask',
    'persona',
    'audience',
    'purpose',
    'situation',
    'format',
    'length',
    'examples',
    'steps',
    'parts',
    'reference-material',
    'sources',
    'self-check',
    'constraints',
  ],
  dimensions: [
    'task_clarity',
    'context_audience',
    'role_persona',
    'output_format',
    'constraints',
    'examples',
    'decomposition',
    'verification',
  ],
} as const satisfies Record<string, readonly string[]>;

const flags = { followsAnswer: 1, asksVerification: 2, passed: 4 } as const;

function encode(table: readonly string[], value: string): Code {
  const index = table.indexOf(value);
  return index >= 0 ? index : value;
}

function decode<T extends string>(table: readonly string[], code: Code): T {
  if (typeof code === 'string') return code as T;

  const value = table[code];
  if (value === undefined) throw new Error(`unknown stored code ${code}`);
  return value as T;
}

/**
 * A share 0..1 as thousandths (a small integer) when that is exact; any other value is
 * kept as it is, and being no integer it cannot be mistaken for thousandths on reading.
 */
function encodeShare(value: number): number {
  const thousandths = Math.round(value * 1000);
  return thousandths / 1000 === value ? thousandths : value;
}

const decodeShare = (stored: number) => (Number.isInteger(stored) ? stored / 1000 : stored);

type Fields = Record<string, unknown>;

function packDimensions(dimensions: Record<string, number | undefined>): number[] {
  const unknown = Object.keys(dimensions).filter((id) => !codes.dimensions.some((d) => d === id));
  if (unknown.length > 0) throw new Error(`unknown dimension ${unknown[0]}`);

  const packed = codes.dimensions.map((id) => {
    const value = dimensions[id];
    return value === undefined ? -1 : encodeShare(value);
  });
  while (packed.at(-1) === -1) packed.pop();
  return packed;
}

function unpackDimensions(packed: readonly number[]): Record<string, number> {
  const dimensions: Record<string, number> = {};
  packed.forEach((stored, index) => {
    if (stored !== -1) dimensions[codes.dimensions[index]!] = decodeShare(stored);
  });

  return dimensions;
}

function packCounts(counts: Record<string, number | undefined>): Code[] {
  return Object.entries(counts).flatMap(([category, count]) => [
    encode(codes.categories, category),
    count ?? 0,
  ]);
}

function unpackCounts(packed: readonly Code[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let index = 0; index < packed.length; index += 2) {
    counts[decode(codes.categories, packed[index]!)] = packed[index + 1] as number;
  }

  return counts;
}

function packFlags(event: Fields): number {
  let packed = 0;
  for (const [name, bit] of Object.entries(flags)) {
    if (event[name] === true) packed |= bit;
  }

  return packed;
}

/** The stored form of an event; the event must already have passed its schema. */
export function packEvent(event: ProgressEvent): PackedEvent {
  const fields = event as Fields;
  const packed: PackedEvent = { t: event.time, k: encode(codes.kinds, event.kind) };

  if (event.id !== undefined) packed.id = event.id;
  if (event.tool !== undefined) packed.o = encode(codes.tools, event.tool);
  if ('role' in event) packed.r = encode(codes.roles, event.role);
  if ('outcome' in event) packed.g = encode(codes.outcomes, event.outcome);
  if ('category' in event && event.category) packed.c = encode(codes.categories, event.category);
  if ('score' in event) packed.s = event.score;
  if ('dimensions' in event) packed.d = packDimensions(event.dimensions);
  if ('techniques' in event) packed.q = event.techniques.map((id) => encode(codes.techniques, id));
  if ('taskKind' in event) packed.a = encode(codes.taskKinds, event.taskKind);
  if ('conversationId' in event) packed.v = event.conversationId;
  if ('followsAnswer' in event || 'passed' in event) packed.f = packFlags(fields);
  if ('templateId' in event && event.templateId) packed.p = event.templateId;
  if ('lessonId' in event) packed.p = event.lessonId;
  if ('findingCounts' in event) packed.n = packCounts(event.findingCounts);
  if ('promptLength' in event) packed.l = event.promptLength;
  return packed;
}

function unpackGuarded(packed: PackedEvent, event: Fields): void {
  if (packed.r !== undefined) event.role = decode(codes.roles, packed.r);
  if (packed.g !== undefined) event.outcome = decode(codes.outcomes, packed.g);
  if (packed.c !== undefined) event.category = decode(codes.categories, packed.c);
  if (packed.n !== undefined) event.findingCounts = unpackCounts(packed.n);
  if (packed.l !== undefined) event.promptLength = packed.l;
}

function unpackScored(packed: PackedEvent, event: Fields): void {
  const flagged = packed.f ?? 0;

  event.score = packed.s;
  event.dimensions = unpackDimensions(packed.d ?? []);
  event.techniques = (packed.q ?? []).map((code) => decode(codes.techniques, code));
  event.taskKind = decode(codes.taskKinds, packed.a ?? 'other');
  event.conversationId = packed.v;
  event.followsAnswer = (flagged & flags.followsAnswer) !== 0;
  event.asksVerification = (flagged & flags.asksVerification) !== 0;
  if (packed.p !== undefined) event.templateId = packed.p;
}

/** The event a stored record holds, exactly as it was packed. */
export function unpackEvent(packed: PackedEvent): ProgressEvent {
  const kind = decode<ProgressEvent['kind']>(codes.kinds, packed.k);
  const event: Fields = { kind, time: packed.t };

  if (packed.id !== undefined) event.id = packed.id;
  if (packed.o !== undefined) event.tool = decode(codes.tools, packed.o);

  if (kind === 'lesson-check') {
    event.lessonId = packed.p;
    event.passed = ((packed.f ?? 0) & flags.passed) !== 0;
    event.score = packed.s;
  } else if (kind === 'template-use') {
    event.templateId = packed.p;
  } else {
    unpackGuarded(packed, event);
    if (kind === 'submit' && packed.s !== undefined) unpackScored(packed, event);
  }

  return event as ProgressEvent;
}

import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

import { findingTypes } from '../detectors';
import { packSchema, type PolicyPack } from './pack-schema';
import { regexProblem } from './regex-safety';

/** Largest pack accepted, in UTF-16 code units of its text: a pack is rules, not data. */
export const maxPackLength = 1024 * 1024;

/** One reason a pack is refused, at a JSON path such as `$.dataRules.patterns[2].pattern`. */
export interface PackProblem {
  path: string;
  message: string;
}

export type PackCheck =
  | { ok: true; pack: PolicyPack; raw: Record<string, unknown> }
  | { ok: false; problems: PackProblem[] };

/** `$.a.b[0]` for a path of keys and indexes. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;

    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${text}.${name}` : `${text}[${JSON.stringify(name)}]`;
  }, '$');
}

/** A problem as one line, the way the CLI, the options page and the status show it. */
export function describeProblem(problem: PackProblem): string {
  return `${problem.path}: ${problem.message}`;
}

/** Parses pack text as JSON or, failing that, YAML; a syntax error is a problem at `$`. */
export function parsePackText(text: string): { value: unknown } | { problem: PackProblem } {
  if (text.length > maxPackLength) {
    const size = (text.length / (1024 * 1024)).toFixed(1);
    return { problem: { path: '$', message: `pack is ${size} MB, over the 1 MB limit` } };
  }

  const unreadable = unreadableReason(text);
  if (unreadable) return { problem: { path: '$', message: unreadable } };

  // A pack is an object, so text opening a list cannot be one either way: read it as JSON.
  const kind = /^\s*[[{]/.test(text) ? 'JSON' : 'YAML';
  if (kind === 'JSON' && nestingDepth(text) > maxNesting) {
    const message = `not valid JSON: nested too deeply (more than ${maxNesting} levels)`;
    return { problem: { path: '$', message } };
  }

  try {
    return { value: kind === 'JSON' ? JSON.parse(text) : parseYaml(text) };
  } catch (error) {
    return { problem: { path: '$', message: `not valid ${kind}: ${syntaxDetail(error)}` } };
  }
}

/** Deeper than any pack needs; deeper text overflows the YAML parser's stack. */
const maxNesting = 100;

/** Why text is no pack at all before it is parsed: nothing in it, or bytes that are no text. */
function unreadableReason(text: string): string | undefined {
  if (text.trim() === '') return 'the file is empty';

  // Control characters other than whitespace: JSON and YAML allow none, binary files abound.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) return 'the file is not text (binary)';
  return undefined;
}

/** The deepest nesting of `[` and `{` in JSON text, outside its strings. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ']' || char === '}') depth--;
  }

  return deepest;
}

/**
 * Checks a pack completely: schema, known finding types, and every regular expression
 * (valid, and safe from catastrophic backtracking). Signatures are checked separately,
 * because whether one is required depends on where the pack came from.
 */
export function checkPack(value: unknown): PackCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problems: [{ path: '$', message: 'a pack must be a JSON object' }] };

  const parsed = packSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };

  const problems = [...typeProblems(parsed.data), ...patternProblems(parsed.data)];
  if (problems.length > 0) return { ok: false, problems };

  return { ok: true, pack: parsed.data, raw: value as Record<string, unknown> };
}

/** Parses and checks pack text in one step. */
export function checkPackText(text: string): PackCheck {
  const parsed = parsePackText(text);
  if ('problem' in parsed) return { ok: false, problems: [parsed.problem] };

  return checkPack(parsed.value);
}

function schemaProblems(error: z.ZodError): PackProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/** A rule for a finding type no detector reports would silently never fire. */
function typeProblems(pack: PolicyPack): PackProblem[] {
  const known = new Set(findingTypes().map((info) => info.type));
  for (const pattern of pack.dataRules.patterns ?? []) known.add(pattern.name);

  return Object.keys(pack.dataRules.types ?? {})
    .filter((type) => !known.has(type))
    .map((type) => ({
      path: jsonPath(['dataRules', 'types', type]),
      message: `unknown finding type "${type}" (see \`ascent types\`)`,
    }));
}

function patternProblems(pack: PolicyPack): PackProblem[] {
  return (pack.dataRules.patterns ?? []).flatMap((pattern, index) => {
    if (pattern.kind !== 'regex') return [];

    const message = regexProblem(pattern.pattern, pattern.flags);
    return message
      ? [{ path: jsonPath(['dataRules', 'patterns', index, 'pattern']), message }]
      : [];
  });
}

/** The parser's first line; the YAML parser's stack overflow means the text nests too deeply. */
function syntaxDetail(error: unknown): string {
  const line = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  return line.replace(/^Maximum call stack size exceeded/, 'nested too deeply');
}

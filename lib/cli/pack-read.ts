import {
  checkPack,
  describeProblem,
  parsePackText,
  type PackProblem,
} from '../policy/validate-pack';
import type { PolicyPack } from '../policy/pack-schema';
import { UsageError, type CommandOutput } from './command';
import { describeJsonError } from './json-problem';
import { readTextFile } from './read-text-file';

/** A pack file read and parsed; unreadable or unparseable input is a usage error (exit 2). */
export function readPackValue(file: string): Record<string, unknown> {
  const text = readTextFile(file);
  const parsed = parsePackText(text);
  if ('problem' in parsed)
    throw new UsageError(
      `cannot parse ${file}: ${parseProblem(file, text, parsed.problem.message)}`,
    );
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
    throw new UsageError(`cannot parse ${file}: a pack must be a JSON object`);

  return parsed.value as Record<string, unknown>;
}

/**
 * The parser's problem, except that a .json file is always named as JSON: the parser reads
 * text that does not open with `{` or `[` as YAML, and "not valid YAML" would mislead here.
 */
function parseProblem(file: string, text: string, message: string): string {
  const yamlPrefix = 'not valid YAML: ';
  if (!/\.json$/i.test(file) || !message.startsWith(yamlPrefix)) return message;

  try {
    JSON.parse(text);
  } catch (error) {
    return `not valid JSON: ${describeJsonError(error, text)}`;
  }

  return `not valid JSON: ${message.slice(yamlPrefix.length)}`;
}

/** Reads and fully checks a pack; prints each problem on its own line and returns null. */
export function readValidPack(file: string, output: CommandOutput): PolicyPack | null {
  const checked = checkPack(readPackValue(file));
  if (checked.ok) return checked.pack;

  writeProblems(file, checked.problems, output);
  return null;
}

export function writeProblems(file: string, problems: PackProblem[], output: CommandOutput): void {
  for (const problem of problems) output.stderr(`${file}: ${describeProblem(problem)}\n`);
}

import {
  checkPack,
  describeProblem,
  parsePackText,
  type PackProblem,
} from '../policy/validate-pack';
import type { PolicyPack } from '../policy/pack-schema';
import { UsageError, type CommandOutput } from './command';
import { readTextFile } from './read-text-file';

/** A pack file read and parsed; unreadable or unparseable input is a usage error (exit 2). */
export function readPackValue(file: string): Record<string, unknown> {
  const parsed = parsePackText(readTextFile(file));
  if ('problem' in parsed) throw new UsageError(`cannot parse ${file}: ${parsed.problem.message}`);
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
    throw new UsageError(`cannot parse ${file}: a pack must be a JSON object`);

  return parsed.value as Record<string, unknown>;
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

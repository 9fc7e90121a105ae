import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { actionOrder, type Action } from '../policy/decide';
import { applyPack, strictestAction } from '../policy/pack-rules';
import type { PolicyPack } from '../policy/pack-schema';
import { UsageError, type Command, type CommandOutput } from './command';
import { describeJsonError } from './json-problem';
import { readValidPack } from './pack-read';
import { createLineLocator, describeFileError, readTextFile } from './read-text-file';

const expectFile = 'expect.json';

/**
 * `pack test FILE SAMPLES_DIR`: which rules fire on each sample and the resulting action.
 * `expect.json` beside the samples (`{"sample.txt": "block"}`) makes it a regression test.
 * A regression test must not pass by testing nothing, so an empty folder, an expectation
 * for a sample that is not there and an action that does not exist are input errors (exit 2).
 */
export const packTest: Command['run'] = (args, output) => {
  if (args.length !== 2) throw new UsageError('pack test needs FILE and SAMPLES_DIR');

  const [file, folder] = args as [string, string];
  const samples = listSamples(folder);
  const expected = readExpectations(folder, samples);
  const pack = readValidPack(file, output);
  if (!pack) return 1;

  const mismatches = samples
    .map((sample) => testSample(pack, folder, sample, expected.get(sample), output))
    .filter((ok) => !ok).length;

  if (mismatches > 0) output.stderr(`${mismatches} sample(s) did not get the expected action\n`);
  return mismatches > 0 ? 1 : 0;
};

/** The sample files in `folder`, sorted; subfolders and expect.json are not samples. */
function listSamples(folder: string): string[] {
  const samples = readFolder(folder)
    .filter((name) => name !== expectFile)
    .filter((name) => statSync(path.join(folder, name), { throwIfNoEntry: false })?.isFile())
    .sort();
  if (samples.length === 0)
    throw new UsageError(`no samples found in ${folder}: add one text file per sample`);

  return samples;
}

function readFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOTDIR'
        ? 'not a folder'
        : code === 'ENOENT'
          ? 'no such folder'
          : describeFileError(error);
    throw new UsageError(`cannot read ${folder}: ${reason}`);
  }
}

/** expect.json checked against the samples: every name must be a sample, every value an action. */
function readExpectations(folder: string, samples: string[]): Map<string, Action> {
  const file = path.join(folder, expectFile);
  if (!existsSync(file)) return new Map();

  const value = parseJson(file);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(
      `${file}: not an object mapping sample names to actions, like {"sample.txt": "block"}`,
    );
  }

  const entries = Object.entries(value as Record<string, unknown>);
  for (const [sample, action] of entries) checkExpectation(file, samples, sample, action);

  return new Map(entries as [string, Action][]);
}

function checkExpectation(file: string, samples: string[], sample: string, action: unknown): void {
  if (!samples.includes(sample))
    throw new UsageError(`${file}: sample ${sample} does not exist in ${path.dirname(file)}`);

  if (!(actionOrder as readonly unknown[]).includes(action)) {
    const valid = actionOrder.join(', ');
    throw new UsageError(
      `${file}: ${sample} expects ${JSON.stringify(action)}, not an action; one of ${valid}`,
    );
  }
}

function parseJson(file: string): unknown {
  const text = readTextFile(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`cannot parse ${file}: not valid JSON: ${describeJsonError(error, text)}`);
  }
}

/** Prints one sample's verdict and its rule hits (positions, never values). */
function testSample(
  pack: PolicyPack,
  folder: string,
  sample: string,
  expected: Action | undefined,
  output: CommandOutput,
): boolean {
  const text = readTextFile(path.join(folder, sample));
  const hits = applyPack(pack, text);
  const action = strictestAction(hits);
  const ok = expected === undefined || expected === action;
  const verdict = expected === undefined ? '' : ok ? '  ok' : `  MISMATCH (expected ${expected})`;

  output.stdout(`${sample}: ${action}${verdict}\n`);
  const locate = createLineLocator(text);
  for (const hit of hits) {
    const { line, column } = locate(hit.finding.start);
    output.stdout(`  ${line}:${column}  ${hit.finding.type}  rule ${hit.rule} -> ${hit.action}\n`);
  }

  return ok;
}

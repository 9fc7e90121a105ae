import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { applyPack, strictestAction } from '../policy/pack-rules';
import type { PolicyPack } from '../policy/pack-schema';
import { UsageError, type Command, type CommandOutput } from './command';
import { readValidPack } from './pack-read';
import { lineColumn, readTextFile } from './read-text-file';

/**
 * `pack test FILE SAMPLES_DIR`: which rules fire on each sample and the resulting action.
 * `expect.json` beside the samples (`{"sample.txt": "block"}`) makes it a regression test.
 */
export const packTest: Command['run'] = (args, output) => {
  if (args.length !== 2) throw new UsageError('pack test needs FILE and SAMPLES_DIR');

  const [file, folder] = args as [string, string];
  const pack = readValidPack(file, output);
  if (!pack) return 1;

  const expected = readExpectations(folder);
  const mismatches = listSamples(folder)
    .map((sample) => testSample(pack, folder, sample, expected[sample], output))
    .filter((ok) => !ok).length;

  if (mismatches > 0) output.stderr(`${mismatches} sample(s) did not get the expected action\n`);
  return mismatches > 0 ? 1 : 0;
};

function listSamples(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    throw new UsageError(`cannot read ${folder}`);
  }

  return names
    .filter((name) => name !== 'expect.json' && statSync(path.join(folder, name)).isFile())
    .sort();
}

function readExpectations(folder: string): Record<string, string> {
  const file = path.join(folder, 'expect.json');
  try {
    statSync(file);
  } catch {
    return {};
  }

  try {
    return JSON.parse(readTextFile(file)) as Record<string, string>;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot parse ${file}: not valid JSON`);
  }
}

/** Prints one sample's verdict and its rule hits (positions, never values). */
function testSample(
  pack: PolicyPack,
  folder: string,
  sample: string,
  expected: string | undefined,
  output: CommandOutput,
): boolean {
  const text = readTextFile(path.join(folder, sample));
  const hits = applyPack(pack, text);
  const action = strictestAction(hits);
  const ok = expected === undefined || expected === action;
  const verdict = expected === undefined ? '' : ok ? '  ok' : `  MISMATCH (expected ${expected})`;

  output.stdout(`${sample}: ${action}${verdict}\n`);
  for (const hit of hits) {
    const { line, column } = lineColumn(text, hit.finding.start);
    output.stdout(`  ${line}:${column}  ${hit.finding.type}  rule ${hit.rule} -> ${hit.action}\n`);
  }

  return ok;
}

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { runAscent } from './run-ascent';

const root = mkdtempSync(join(tmpdir(), 'ascent-pack-test-'));
const pack = 'public/packs/financial-services.json';

/** A samples folder with `files` in it (name to text); expect.json is one of them if given. */
function samplesFolder(name: string, files: Record<string, string>): string {
  const folder = join(root, name);
  mkdirSync(folder);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);

  return folder;
}

describe('ascent pack test refuses a regression test that would pass by testing nothing', () => {
  it('names an expected sample that does not exist (exit 2)', async () => {
    const folder = samplesFolder('missing', {
      'clean.txt': 'Summarise this memo.\n',
      'expect.json': JSON.stringify({ 'nosuch.txt': 'block' }),
    });

    const result = await runAscent('pack', 'test', pack, folder);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('sample nosuch.txt does not exist');
  });

  it('names an action that does not exist and lists the valid ones (exit 2)', async () => {
    const folder = samplesFolder('bad-action', {
      'clean.txt': 'Summarise this memo.\n',
      'expect.json': JSON.stringify({ 'clean.txt': 'explode' }),
    });

    const result = await runAscent('pack', 'test', pack, folder);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('"explode", not an action');
    expect(result.stderr).toContain('allow, monitor, warn, redact, block');
  });

  it('refuses an expect.json that is not an object of sample names (exit 2)', async () => {
    const folder = samplesFolder('list', {
      'clean.txt': 'Summarise this memo.\n',
      'expect.json': '[1,2]',
    });

    const result = await runAscent('pack', 'test', pack, folder);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not an object mapping sample names to actions');
  });

  it('says so when the folder holds no samples (exit 2)', async () => {
    const result = await runAscent('pack', 'test', pack, samplesFolder('empty', {}));

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no samples found');
  });

  it('says a file given as SAMPLES_DIR is not a folder (exit 2)', async () => {
    const folder = samplesFolder('file', { 'clean.txt': 'Summarise this memo.\n' });

    const result = await runAscent('pack', 'test', pack, join(folder, 'clean.txt'));

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/clean\.txt: not a folder\n$/);
  });

  it('still passes a folder whose expectations all hold (exit 0)', async () => {
    const folder = samplesFolder('good', {
      'aws.txt': 'key AKIAZ7Q2XJ4LMNB3HT5K here\n',
      'clean.txt': 'Summarise this memo.\n',
      'expect.json': JSON.stringify({ 'aws.txt': 'block', 'clean.txt': 'allow' }),
    });

    const result = await runAscent('pack', 'test', pack, folder);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('clean.txt: allow  ok');
  });
});

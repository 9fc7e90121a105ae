import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { runAscent } from './run-ascent';

const folder = mkdtempSync(join(tmpdir(), 'ascent-wording-'));
const pack = 'public/packs/healthcare.json';

function write(name: string, text: string): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

describe('ascent says in words what is wrong with its input', () => {
  it('calls a .json pack that is no JSON not valid JSON, even when it nests too deeply', async () => {
    const yamlLike = write('yaml-like.json', `a: ${'['.repeat(100_000)}\n`);
    const deep = write('deep.json', `${'['.repeat(100_000)}\n`);

    const notJson = await runAscent('pack', 'validate', yamlLike);
    const tooDeep = await runAscent('pack', 'validate', deep);

    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('not valid JSON');
    expect(notJson.stderr).not.toContain('YAML');
    expect(tooDeep.stderr).toContain('not valid JSON: nested too deeply');
  });

  it('says the folder does not exist when keygen cannot write there', async () => {
    const result = await runAscent('pack', 'keygen', join(folder, 'nonexist', 'dir', 'k'));

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`folder ${join(folder, 'nonexist', 'dir')} does not exist`);
    expect(result.stderr).not.toContain('ENOENT');
  });

  it('refuses a --pub file that holds no key as not a public key (exit 2)', async () => {
    const notes = write('notes.txt', 'Remember to rotate the keys on Monday.\n');

    const result = await runAscent('pack', 'verify', '--pub', notes, pack);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${notes} is not a public key`);
  });

  it('refuses a --region the phone detector does not know, naming the ones it does', async () => {
    const text = write('text.txt', 'Nothing here.\n');

    for (const region of ['XX', 'JP']) {
      const result = await runAscent('scan', '--region', region, text);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('NL, BE, DE');
    }

    expect((await runAscent('scan', '--region', 'nl', text)).code).toBe(0);
  });

  it('refuses standard input twice, before reading it', async () => {
    const result = await runAscent('scan', '-', '-');

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('only once');
  });

  it('says in --help where pack schema writes and what a column counts', async () => {
    const pack = await runAscent('pack', 'schema', '--help');
    const all = await runAscent('--help');

    expect(pack.code).toBe(0);
    expect(pack.stdout).toMatch(/schema writes \S*public\/pack\.schema\.json/);
    expect(all.stdout).toContain('code points');
    expect(all.stdout).toContain('UTF-16');
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'ascent-cli-'));

function writeSample(name: string, text: string): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

function ascent(...args: string[]) {
  return ascentWithInput('', ...args);
}

function ascentWithInput(input: string, ...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'lib/cli/main.ts', ...args], {
    encoding: 'utf8',
    input,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const leaky = writeSample(
  'leaky.txt',
  'Hoi,\n🙂 mail jan@example.nl, IBAN NL91 ABNA 0417 1643 00\n',
);
const clean = writeSample('clean.txt', 'Nothing to see: version 1.2.3.4\n');

// Each case spawns tsx; on a loaded machine that alone can take several seconds.
describe('ascent scan', { timeout: 60_000 }, () => {
  it('prints 1-based line:column per finding and never the value', () => {
    const { code, stdout } = ascent('scan', leaky);
    expect(code).toBe(1);
    // The line starts with an emoji, one column though two UTF-16 code units.
    expect(stdout).toContain(`${leaky}:2:8  contact  email`);
    expect(stdout).toContain('financial  iban');
    expect(stdout).not.toContain('jan@example.nl');
    expect(stdout).not.toContain('0417');
  });

  it('prints JSON per file in argument order with UTF-16 offsets', () => {
    const { code, stdout } = ascent('scan', '--json', clean, leaky);
    const parsed = JSON.parse(stdout) as { file: string; findings: { start: number }[] }[];
    expect(code).toBe(1);
    expect(parsed.map((entry) => entry.file)).toEqual([clean, leaky]);
    expect(parsed[1]!.findings[0]).toEqual({
      category: 'contact',
      type: 'email',
      start: 13,
      end: 27,
      confidence: 0.95,
    });
  });

  it('exits 0 when a file has no findings', () => {
    expect(ascent('scan', clean)).toMatchObject({ code: 0, stdout: `${clean}: no findings\n` });
  });

  it('exits 2 with a one-line reason for an unreadable file', () => {
    const { code, stderr } = ascent('scan', join(folder, 'missing.txt'));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 for a pack file that cannot be read', () => {
    expect(ascent('scan', '--pack', 'pack.json', clean).code).toBe(2);
  });

  it('exits 2 without a file or with an unknown command', () => {
    expect(ascent('scan').code).toBe(2);
    expect(ascent('launch').code).toBe(2);
  });

  it('reads standard input for `-`', () => {
    const { code, stdout } = ascentWithInput('mail jan@example.nl\n', 'scan', '-');
    expect(code).toBe(1);
    expect(stdout).toContain('-:1:6  contact  email');
    expect(stdout).not.toContain('jan@example.nl');
  });

  it('says in words why a file cannot be read', () => {
    const { code, stderr } = ascent('scan', join(folder, 'missing.txt'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read .*missing\.txt: no such file/);
  });

  it('prints the usage for --help and exits 0', () => {
    const { code, stdout } = ascent('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: ascent COMMAND/);
  });
});

describe('ascent types', () => {
  it('lists every type with category and labels as JSON', () => {
    const { code, stdout } = ascent('types', '--json');
    const types = JSON.parse(stdout) as { type: string; category: string; label: { nl: string } }[];
    expect(code).toBe(0);
    expect(types.find((info) => info.type === 'iban')).toMatchObject({ category: 'financial' });
    expect(types.every((info) => info.label.nl.length > 0)).toBe(true);
  });
});

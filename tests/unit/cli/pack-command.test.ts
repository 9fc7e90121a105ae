import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'ascent-pack-cli-'));

function ascent(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'lib/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, text: string): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

const good = 'public/packs/financial-services.json';

describe('ascent pack', { timeout: 120_000 }, () => {
  it('validates a good pack (0), names each problem of a bad one (1), refuses garbage (2)', () => {
    expect(ascent('pack', 'validate', good).code).toBe(0);

    const bad = JSON.parse(readFileSync(good, 'utf8')) as Record<string, unknown>;
    bad.version = 'two';
    const invalid = ascent('pack', 'validate', write('bad.json', JSON.stringify(bad)));
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('$.version: must be a semantic version');

    const garbage = ascent('pack', 'validate', write('garbage.json', '{ nope'));
    expect(garbage.code).toBe(2);
    expect(garbage.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('generates keys, signs, and verifies; a changed pack fails verification', () => {
    const prefix = join(folder, 'team');
    expect(ascent('pack', 'keygen', prefix).code).toBe(0);

    const signed = ascent('pack', 'sign', '--key', `${prefix}.key`, good);
    expect(signed.code).toBe(0);
    const signedFile = write('signed.json', signed.stdout);
    expect(ascent('pack', 'verify', '--pub', `${prefix}.pub`, signedFile).code).toBe(0);

    // Any change of content must break the signature; here the version moves on.
    const content = JSON.parse(signed.stdout) as { version: string };
    const altered = write('altered.json', JSON.stringify({ ...content, version: '99.0.0' }));
    const failed = ascent('pack', 'verify', '--pub', `${prefix}.pub`, altered);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('$.signature');

    expect(ascent('pack', 'keygen', prefix).code).toBe(2);
  });

  it('tests samples against expect.json and reports a mismatch with exit 1', () => {
    const samples = join(folder, 'samples');
    mkdirSync(samples);
    writeFileSync(join(samples, 'aws.txt'), 'key AKIAZ7Q2XJ4LMNB3HT5K here\n');
    writeFileSync(join(samples, 'clean.txt'), 'Summarise this memo.\n');
    writeFileSync(
      join(samples, 'expect.json'),
      JSON.stringify({ 'aws.txt': 'block', 'clean.txt': 'allow' }),
    );

    const passing = ascent('pack', 'test', good, samples);
    expect(passing.code).toBe(0);
    expect(passing.stdout).toContain('aws.txt: block  ok');
    expect(passing.stdout).not.toContain('AKIAZ7Q2XJ4LMNB3HT5K');

    writeFileSync(join(samples, 'expect.json'), JSON.stringify({ 'aws.txt': 'warn' }));
    expect(ascent('pack', 'test', good, samples).code).toBe(1);
  });

  it('scans with a pack: its patterns find and its test values are exceptions', () => {
    const sample = write('scan.txt', 'Customer CUST-12345678 paid from NL91ABNA0417164300\n');
    const result = ascent('scan', '--json', '--pack', good, sample);
    const types = (
      JSON.parse(result.stdout) as { findings: { type: string }[] }[]
    )[0]!.findings.map((finding) => finding.type);
    expect(types).toEqual(['customer_number']);
  });

  it('exits 2 for an unknown pack subcommand', () => {
    expect(ascent('pack', 'frobnicate').code).toBe(2);
  });
});

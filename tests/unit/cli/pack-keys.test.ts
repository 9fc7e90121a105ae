import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { runAscent as ascent } from './run-ascent';

const folder = mkdtempSync(join(tmpdir(), 'ascent-pack-keys-'));
const pack = 'public/packs/healthcare.json';

async function keygen(name: string): Promise<string> {
  const prefix = join(folder, name);
  expect((await ascent('pack', 'keygen', prefix)).code).toBe(0);
  return prefix;
}

describe('pack key files', () => {
  it('refuses to sign with a public key, naming the file (exit 2)', async () => {
    const prefix = await keygen('security-team');

    const result = await ascent('pack', 'sign', '--key', `${prefix}.pub`, pack);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${prefix}.pub is a public key`);
  });

  it('refuses to verify with a private key, naming the file (exit 2)', async () => {
    const prefix = await keygen('verifier');
    const signed = await ascent('pack', 'sign', '--key', `${prefix}.key`, pack);
    const signedFile = join(folder, 'signed.json');
    writeFileSync(signedFile, signed.stdout);

    const result = await ascent('pack', 'verify', '--pub', `${prefix}.key`, signedFile);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${prefix}.key is a private key`);
    expect((await ascent('pack', 'verify', '--pub', `${prefix}.pub`, signedFile)).code).toBe(0);
  });

  it('knows a labelled private key by its label, an unlabelled one by its name', async () => {
    const prefix = await keygen('renamed');
    const text = readFileSync(`${prefix}.key`, 'utf8');
    const renamed = join(folder, 'signing-key.pub');
    writeFileSync(renamed, text);
    const legacy = join(folder, 'legacy.key');
    writeFileSync(legacy, `${text.split('\n')[1]}\n`);

    expect((await ascent('pack', 'verify', '--pub', renamed, pack)).code).toBe(2);
    const signed = await ascent('pack', 'sign', '--key', legacy, pack);
    expect(signed.code).toBe(0);
    const signedFile = join(folder, 'legacy-signed.json');
    writeFileSync(signedFile, signed.stdout);
    expect((await ascent('pack', 'verify', '--pub', `${prefix}.pub`, signedFile)).code).toBe(0);
  });
});

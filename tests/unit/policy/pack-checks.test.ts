import { readdirSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stringify as toYaml } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';

import { packSchemaText, schemaFile } from '@/lib/cli/pack-schema';
import { storeCandidate } from '@/lib/policy/pack-store';
import { generateKeyPair, signPack } from '@/lib/policy/signature';
import { checkPackText } from '@/lib/policy/validate-pack';
import { lastRefusedUpdateItem, packInForceItem } from '@/lib/storage';
import { readFileSync } from 'node:fs';
import { basePack, loadPack, packWithPattern } from './pack-fixtures';

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('policy pack schema', () => {
  it('accepts every shipped pack', () => {
    for (const file of readdirSync('public/packs')) {
      const result = checkPackText(readFileSync(`public/packs/${file}`, 'utf8'));
      expect(result.ok ? [] : result.problems, file).toEqual([]);
    }
  });

  it('round-trips a pack through JSON and YAML unchanged', () => {
    const pack = loadPack('financial-services');
    for (const text of [json(pack), toYaml(pack)]) {
      const result = checkPackText(text);
      expect(result.ok && result.pack).toEqual(pack);
    }
  });

  it('ships a JSON Schema generated from the zod schema', async () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(await packSchemaText());
  });
});

describe('a refused pack update', () => {
  const key = generateKeyPair();
  const otherKey = generateKeyPair();

  beforeEach(async () => {
    fakeBrowser.reset();
    const signed = await signPack(basePack({ version: '2.0.0' }), (await key).privateKey);
    const first = await storeCandidate('managed', json(signed), options(await key));
    expect('accepted' in first).toBe(true);
  });

  function options(pair: { publicKey: string }, pinnedVersion?: string) {
    return { publisherKeys: [pair.publicKey], pinnedVersion, now: Date.now() };
  }

  async function signed(pack: Record<string, unknown>, pair = key) {
    return json(await signPack(pack, (await pair).privateKey));
  }

  const withoutName = () => {
    const pack = basePack({ version: '2.1.0' });
    delete pack.name;
    return pack;
  };

  const cases: [string, () => Promise<string>, string, RegExp][] = [
    ['a missing field', () => signed(withoutName()), '$.name', /expected string/],
    ['a wrong type', () => signed(basePack({ version: 2 })), '$.version', /expected string/],
    ['a 10 MB pack', async () => `{"padding":"${'x'.repeat(10 * 1024 * 1024)}"}`, '$', /10\.0 MB/],
    [
      'an unknown action',
      () =>
        signed(
          basePack({
            version: '2.1.0',
            dataRules: { categories: { contact: { action: 'shred' } } },
          }),
        ),
      '$.dataRules.categories.contact.action',
      /Invalid option/,
    ],
    ...['^(a+)+$', '(a|aa)+$', '(\\w+\\s?)*$', '(.*a){12}'].map(
      (pattern): [string, () => Promise<string>, string, RegExp] => [
        `the unsafe pattern ${pattern}`,
        () => signed({ ...packWithPattern(pattern), version: '2.1.0' }),
        '$.dataRules.patterns[0].pattern',
        /catastrophic backtracking/,
      ],
    ),
    [
      'an invalid regular expression',
      () => signed({ ...packWithPattern('(unclosed'), version: '2.1.0' }),
      '$.dataRules.patterns[0].pattern',
      /invalid regular expression/,
    ],
    [
      'a bad signature',
      async () =>
        json({
          ...basePack({ version: '2.1.0' }),
          signature: { algorithm: 'ed25519', value: `${'A'.repeat(86)}==` },
        }),
      '$.signature',
      /does not verify/,
    ],
    [
      'a signature over altered content',
      async () => {
        const pack = JSON.parse(await signed(basePack({ version: '2.1.0' }))) as Record<
          string,
          unknown
        >;
        return json({ ...pack, name: 'Altered after signing' });
      },
      '$.signature',
      /does not verify/,
    ],
    [
      'a signature by another key',
      () => signed(basePack({ version: '2.1.0' }), otherKey),
      '$.signature',
      /does not verify/,
    ],
    [
      'a downgraded version',
      () => signed(basePack({ version: '1.9.0' })),
      '$.version',
      /lower than 2\.0\.0/,
    ],
    [
      // Another id does not make an older release new: a replayed signed pack stays refused.
      'an older version under another pack id',
      () => signed(basePack({ version: '1.9.0', id: 'acme-replayed' })),
      '$.version',
      /lower than 2\.0\.0/,
    ],
    [
      'an unsigned pack while a key is configured',
      async () => json(basePack({ version: '2.1.0' })),
      '$.signature',
      /must be signed/,
    ],
  ];

  it.each(cases)(
    'refuses %s, naming the path, and keeps the previous pack',
    async (_name, make, path, reason) => {
      const result = await storeCandidate('managed', await make(), options(await key));

      expect('refused' in result).toBe(true);
      const refused = await lastRefusedUpdateItem.getValue();
      expect(refused?.problems.map((problem) => problem.path)).toContain(path);
      expect(refused?.reason).toMatch(reason);
      expect((await packInForceItem.getValue())?.pack.version).toBe('2.0.0');
    },
  );

  it('allows a downgrade to the version managed policy pins', async () => {
    const result = await storeCandidate(
      'managed',
      await signed(basePack({ version: '1.9.0' })),
      options(await key, '1.9.0'),
    );

    expect('accepted' in result).toBe(true);
    expect((await packInForceItem.getValue())?.pack.version).toBe('1.9.0');
  });
});

import { describe, expect, it } from 'vitest';

import {
  dutchPackMessage,
  localiseReason,
  localiseRefusal,
} from '@/components/options/pack-reason-text';
import { acceptPackText, type AcceptContext } from '@/lib/policy/accept-pack';
import type { PackInForce } from '@/lib/policy/pack-state';
import { fetchPackUrl } from '@/lib/policy/pack-url';
import { generateKeyPair, signPack } from '@/lib/policy/signature';
import { checkPack, checkPackText, type PackProblem } from '@/lib/policy/validate-pack';
import { basePack, loadPack, packWithPattern } from '../policy/pack-fixtures';

type Json = Record<string | number, unknown>;

/** Words of lib/policy's English messages that a Dutch line must no longer hold. */
const english =
  /\b(expected|received|Invalid|must|Too (big|small)|Unrecognized|missing|lower than)\b/;

const replacements: unknown[] = [42, 1.5, -1, 'x', '', true, null, {}, [], { bogus: 1 }];

/** Every path to a value in `value`, objects and arrays included. */
function* pathsIn(value: unknown, path: (string | number)[] = []): Generator<(string | number)[]> {
  if (path.length > 0) yield path;
  if (typeof value !== 'object' || value === null) return;

  for (const [key, inner] of Object.entries(value))
    yield* pathsIn(inner, [...path, Array.isArray(value) ? Number(key) : key]);
}

function withValue(pack: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(pack);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, copy);
  if (value === undefined) delete parent[path.at(-1)!];
  else parent[path.at(-1)!] = value;
  return copy;
}

/** The problems of every pack one broken value away from a shipped one. */
function problemsOfBrokenPacks(pack: Json): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const path of pathsIn(pack)) {
    for (const value of [...replacements, undefined]) {
      const checked = checkPack(withValue(pack, path, value));
      if (!checked.ok) problems.push(...checked.problems);
    }
  }
  return problems;
}

async function refusedText(text: string, context: Partial<AcceptContext> = {}) {
  const result = await acceptPackText(text, {
    source: 'file',
    publisherKeys: [],
    now: 1,
    ...context,
  });
  if (!('refused' in result)) throw new Error('expected a refusal');
  return result.refused;
}

describe('a refused pack in Dutch', () => {
  it('has Dutch for every schema problem of a pack with one broken value', () => {
    // Without patterns the walk stays quick: recheck would check them for every variant.
    const pack: Json = {
      ...loadPack('financial-services'),
      critique: { enabled: true, endpoint: 'https://ai.example/v1', model: 'small' },
      signature: { algorithm: 'ed25519', keyId: 'k1', value: `${'A'.repeat(86)}==` },
    };
    delete (pack.dataRules as Json).patterns;
    (pack.tools as Json).extraHosts = [
      {
        id: 'intranet-ai',
        name: 'Intranet AI',
        hosts: ['ai.intranet.example'],
        editorKind: 'textarea',
        composerSelectors: ['textarea'],
        sendSelectors: [],
        replySelectors: [],
      },
    ];
    const messages = new Set(problemsOfBrokenPacks(pack).map((problem) => problem.message));
    expect(messages.size).toBeGreaterThan(30);

    for (const message of messages) {
      const dutch = dutchPackMessage(message);
      expect(dutch, message).toBeDefined();
      expect(dutch, message).not.toMatch(english);
    }
  });

  it.each([
    [
      '{"id": "x",}',
      /^geen geldige JSON \((regel 1, kolom 12|teken 12)\): veldnamen horen tussen dubbele/,
    ],
    ['{"id" "x"}', /^geen geldige JSON .*: na een veldnaam hoort ':'$/],
    ['key: [1, 2', /^geen geldige YAML \(regel 1, kolom 11\): /],
    ['[1, 2]', /^een pakket moet een JSON-object zijn$/],
  ])('says why %s cannot be read', (text, wanted) => {
    const checked = checkPackText(text);
    expect(checked.ok).toBe(false);

    const problem = !checked.ok ? checked.problems[0]! : { path: '', message: '' };
    expect(dutchPackMessage(problem.message)).toMatch(wanted);
  });

  it.each([
    ['(a+)+$', /^kwetsbaar voor catastrofale backtracking \(exponentiële tijd\)$/],
    ['(abc', /^ongeldige reguliere expressie: een groep wordt niet afgesloten$/],
  ])('says why the pattern %s is refused', (pattern, wanted) => {
    const checked = checkPack(packWithPattern(pattern));

    expect(!checked.ok && checked.problems[0]!.path).toBe('$.dataRules.patterns[0].pattern');
    expect(!checked.ok && dutchPackMessage(checked.problems[0]!.message)).toMatch(wanted);
  });

  it('says in Dutch that a signature or a version was refused', async () => {
    const signer = await generateKeyPair();
    const other = await generateKeyPair();
    const signed = JSON.stringify(await signPack(basePack(), signer.privateKey));
    const badSignature = await refusedText(signed, { publisherKeys: [other.publicKey] });
    const inForce = checkPack(basePack({ version: '2.0.0' }));
    if (!inForce.ok) throw new Error('the fixture must be valid');
    const current: PackInForce = {
      pack: inForce.pack,
      source: 'file',
      signatureState: 'unsigned',
      loadedAt: 0,
    };
    const older = await refusedText(JSON.stringify(basePack()), { current });

    expect(localiseRefusal(badSignature, 'nl')).toBe(
      '$.signature: klopt met geen enkele ingestelde uitgeverssleutel',
    );
    expect(localiseRefusal(older, 'nl')).toBe(
      '$.version: 1.0.0 is lager dan 2.0.0, de versie van test-pack die uit deze bron van kracht is',
    );
  });

  it('keeps the path and the first three problems, as the English reason does', async () => {
    const broken = { ...basePack({ version: 'one', extra: 1 }), name: 7, publisher: '' };
    const refused = await refusedText(JSON.stringify(broken));

    expect(refused.reason.split('; ')).toHaveLength(3);
    expect(localiseRefusal(refused, 'en')).toBe(refused.reason);
    expect(localiseRefusal(refused, 'nl')).toBe(
      [
        '$.name: verkeerde soort waarde: verwacht tekst, maar dit is een getal',
        '$.version: moet een semantische versie zijn, zoals 1.4.0',
        '$.publisher: te kort: verwacht ten minste 1 teken',
      ].join('; '),
    );
  });

  it('reads a stored reason line back, paths with odd keys included', () => {
    const reason =
      '$.dataRules.types["my type"]: unknown finding type "my type" (see `ascent types`); ' +
      '$: Unrecognized key: "extra"';

    expect(localiseReason(reason, 'nl')).toBe(
      '$.dataRules.types["my type"]: onbekend soort bevinding "my type" (zie `ascent types`); ' +
        '$: onbekend veld: "extra"',
    );
    expect(localiseReason(reason, 'en')).toBe(reason);
  });

  it.each([
    [404, 'de server antwoordde met HTTP 404'],
    [new TypeError('Failed to fetch'), 'onbereikbaar: de server is niet bereikbaar'],
  ])('says in Dutch why the pack URL failed (%s)', async (answer, wanted) => {
    const fetcher = (async () => {
      if (answer instanceof Error) throw answer;
      return new Response('', { status: answer });
    }) as typeof fetch;
    const fetched = await fetchPackUrl('https://packs.example/pack.json', undefined, fetcher);

    expect(fetched.kind === 'failed' && localiseReason(fetched.reason, 'nl')).toBe(wanted);
  });

  it('leaves a message it does not know in English rather than guess', () => {
    expect(dutchPackMessage('something new')).toBeUndefined();
    expect(localiseReason('$.x: something new', 'nl')).toBe('$.x: something new');
  });
});

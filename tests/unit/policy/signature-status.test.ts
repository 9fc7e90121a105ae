import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';

import { storeCandidate } from '@/lib/policy/pack-store';
import { generateKeyPair, signPack } from '@/lib/policy/signature';
import { packInForceItem } from '@/lib/storage';
import { basePack } from './pack-fixtures';

const statusText = (language: string) =>
  (
    JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<
      string,
      { message: string }
    >
  ).packSignature_unverified!.message;

describe('a signed pack while no publisher key is configured', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads a tampered copy and says its signature was not checked', async () => {
    const { privateKey } = await generateKeyPair();
    const tampered = { ...(await signPack(basePack(), privateKey)), version: '9.9.9' };
    await storeCandidate('file', JSON.stringify(tampered), { publisherKeys: [], now: 1 });

    expect((await packInForceItem.getValue())?.signatureState).toBe('unverified');
    expect(statusText('en')).toMatch(/^Signature not checked/);
    expect(statusText('nl')).toMatch(/^Handtekening niet gecontroleerd/);
    for (const text of [statusText('en'), statusText('nl')])
      expect(text).not.toMatch(/^(Signed|Ondertekend)\b/);
  });
});

import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stringify as toYaml } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';

import { AuditDatabase, readAudit, recordDecision } from '@/lib/policy/audit-db';
import { auditToCsv } from '@/lib/policy/audit-export';
import { effectivePolicyFor, toEffectiveLocks } from '@/lib/policy/effective-for-host';
import { packSchema } from '@/lib/policy/pack-schema';
import { removeSource, storeCandidate } from '@/lib/policy/pack-store';
import { checkPackSignature, generateKeyPair, signPack, toBase64 } from '@/lib/policy/signature';
import { parsePackText } from '@/lib/policy/validate-pack';
import { packInForceItem } from '@/lib/storage';
import { basePack, loadPack } from './pack-fixtures';

describe('pack signatures', () => {
  it('verify for a reformatted copy and a YAML copy, and fail after any change', async () => {
    const { privateKey, publicKey } = await generateKeyPair();
    const signed = await signPack(loadPack('healthcare'), privateKey);
    const reordered = Object.fromEntries(Object.entries(signed).reverse());
    const copies = [JSON.stringify(signed), JSON.stringify(reordered, null, 4), toYaml(signed)];

    for (const copy of copies) {
      const parsed = parsePackText(copy) as { value: Record<string, unknown> };
      expect((await checkPackSignature(parsed.value, [publicKey])).state).toBe('verified');
    }

    const altered = { ...signed, version: '9.9.9' };
    expect((await checkPackSignature(altered, [publicKey])).state).toBe('invalid');
  });

  it('accepts any of several configured keys, so keys can be rotated', async () => {
    const [old, current] = [await generateKeyPair(), await generateKeyPair()];
    const signed = await signPack(basePack(), current.privateKey);
    const check = await checkPackSignature(signed, [old.publicKey, current.publicKey]);
    expect(check.state).toBe('verified');
  });

  it('never verifies with a small-order key, whose forged signatures would pass', async () => {
    // The all-zero key is a point of small order; with it an all-zero signature "verifies".
    const zeroKey = toBase64(new Uint8Array(32));
    const forged = { ...basePack(), signature: { value: toBase64(new Uint8Array(64)) } };

    expect((await checkPackSignature(forged, [zeroKey])).state).toBe('invalid');
  });
});

describe('pack sources', () => {
  beforeEach(() => fakeBrowser.reset());
  const options = { publisherKeys: [], now: 1 };
  const text = (id: string) => JSON.stringify(basePack({ id }));

  it('puts managed before URL before file before the built-in default', async () => {
    expect((await packInForceItem.getValue()) ?? null).toBeNull();

    await storeCandidate('file', text('from-file'), options);
    expect((await packInForceItem.getValue())?.source).toBe('file');

    await storeCandidate('managed', text('from-policy'), options);
    await storeCandidate('url', text('from-url'), options);
    expect((await packInForceItem.getValue())?.pack.id).toBe('from-policy');

    await removeSource('managed');
    expect((await packInForceItem.getValue())?.pack.id).toBe('from-url');

    await removeSource('url');
    await removeSource('file');
    expect((await packInForceItem.getValue())?.pack.id).toBe('ascent-default');
  });

  it('accepts an unsigned file while a key is configured, but not an unsigned URL pack', async () => {
    const { publicKey } = await generateKeyPair();
    const keyed = { publisherKeys: [publicKey], now: 1 };
    expect('accepted' in (await storeCandidate('file', text('file'), keyed))).toBe(true);
    expect('refused' in (await storeCandidate('url', text('url'), keyed))).toBe(true);
  });
});

describe('effective policy', () => {
  const pack = packSchema.parse(loadPack('financial-services'));
  const user = {
    detectionEnabled: false,
    pausedSites: ['chatgpt.com'],
    actions: { secret: 'allow' as const },
    notSensitiveHashes: ['a'.repeat(64)],
    salt: 'salt',
  };

  it('ignores user settings that a lock forbids', async () => {
    const policy = await effectivePolicyFor(
      pack,
      'chatgpt.com',
      toEffectiveLocks(pack.locks),
      user,
    );
    expect(policy.paused).toBe(false);
    expect(policy.categories.secret?.action).toBe('block');
    expect(policy.allowedValueHashes).not.toContain('a'.repeat(64));
    expect(policy.toolStatus).toBe('blocked');
  });

  it('applies the same settings when nothing is locked', async () => {
    const policy = await effectivePolicyFor(pack, 'chatgpt.com', toEffectiveLocks(undefined), user);
    expect(policy.paused).toBe(true);
    expect(policy.categories.secret?.action).toBe('allow');
    expect(policy.allowedValueHashes).toContain('a'.repeat(64));
  });
});

describe('audit log', () => {
  it('stores the justification redacted and never the matched value', async () => {
    const db = new AuditDatabase(`audit-${Math.random()}`);
    const context = {
      packId: 'p',
      packVersion: '1.0.0',
      retentionDays: 365,
      customPatterns: [],
      now: Date.now(),
    };
    const message = {
      type: 'policy-decision' as const,
      tool: 'chatgpt',
      trigger: 'paste' as const,
      rule: 'aws_access_key_id',
      action: 'block' as const,
      overridden: true,
    };
    await recordDecision(db, { ...message, justification: 'ticket for jan@example.nl' }, context);
    // Positive control: a marker that is not sensitive is stored as written.
    await recordDecision(db, { ...message, justification: 'marker-kept-7731' }, context);

    const csv = auditToCsv(await readAudit(db));
    expect(csv).toContain('marker-kept-7731');
    expect(csv).toContain('[EMAIL_1]');
    expect(csv).not.toContain('jan@example.nl');
  });

  it('drops records older than the retention period', async () => {
    const db = new AuditDatabase(`audit-${Math.random()}`);
    const base = {
      type: 'policy-decision' as const,
      tool: 't',
      trigger: 'paste' as const,
      rule: 'r',
      action: 'warn' as const,
      overridden: false,
    };
    const context = { packId: 'p', packVersion: '1', retentionDays: 30, customPatterns: [] };
    await recordDecision(db, base, { ...context, now: 0 });
    await recordDecision(db, base, { ...context, now: 31 * 24 * 3600 * 1000 });
    expect(await readAudit(db)).toHaveLength(1);
  });
});

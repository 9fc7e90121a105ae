import { describe, expect, it } from 'vitest';

import type { Finding } from '@/lib/detectors';
import { decide, dropAllowedValues, ruleFor, scanForPolicy } from '@/lib/policy/decide';
import { defaultEffectivePolicy, type EffectivePolicy } from '@/lib/policy/effective';
import { hashValue } from '@/lib/policy/value-hash';

const policy = (changes: Partial<EffectivePolicy> = {}): EffectivePolicy => ({
  ...defaultEffectivePolicy,
  ...changes,
});

const finding = (type: string, category: Finding['category'], start = 0, end = 4): Finding => ({
  type,
  category,
  start,
  end,
  confidence: 0.9,
});

describe('decide', () => {
  it('keeps what a rule redacts without override out of a block override', () => {
    const strict = policy({
      categories: {
        ...defaultEffectivePolicy.categories,
        contact: { action: 'redact', allowOverride: false },
        network: { action: 'redact', allowOverride: true },
      },
    });
    const email = finding('email', 'contact', 20, 40);
    const decision = decide(
      [finding('github_token', 'secret'), email, finding('ip_address', 'network', 50, 60)],
      strict,
    );

    expect(decision).toMatchObject({ action: 'block', allowOverride: true });
    expect(decision.keptRedacted).toEqual([email]);
  });

  it('allows text without findings', () => {
    expect(decide([], policy()).action).toBe('allow');
  });

  it('blocks secrets and warns on personal data under the default policy', () => {
    const decision = decide(
      [finding('email', 'contact'), finding('github_token', 'secret')],
      policy(),
    );

    expect(decision).toMatchObject({ action: 'block', rule: 'secret', allowOverride: true });
  });

  it('names only the findings that caused the action as its reason', () => {
    const token = finding('github_token', 'secret', 10, 50);
    const decision = decide(
      [finding('email', 'contact'), token, finding('iban', 'financial')],
      policy(),
    );

    expect(decision.decisive).toEqual([token]);
  });

  it('prefers the rule for the finding type over its category', () => {
    const types = { email: { action: 'redact' as const, allowOverride: false } };

    expect(ruleFor(finding('email', 'contact'), policy({ types }))).toEqual({
      name: 'email',
      action: 'redact',
      allowOverride: false,
    });
  });

  it('falls back when neither type nor category has a rule', () => {
    const fallback = { action: 'monitor' as const, allowOverride: true };

    expect(decide([finding('x', 'network')], policy({ categories: {}, fallback })).action).toBe(
      'monitor',
    );
  });

  it('applies an organisation pattern with its own action', () => {
    const customPatterns = [
      {
        name: 'project_code',
        category: 'custom' as const,
        kind: 'keyword' as const,
        pattern: 'Bluebird',
        action: 'block' as const,
      },
    ];
    const text = 'Status of project Bluebird';
    const own = policy({ customPatterns });

    expect(decide(scanForPolicy(text, own), own)).toMatchObject({
      action: 'block',
      rule: 'project_code',
    });
  });

  it('refuses an override when any finding at the strictest action forbids it', () => {
    const types = { iban: { action: 'block' as const, allowOverride: false } };
    const findings = [finding('github_token', 'secret'), finding('iban', 'financial', 5, 9)];

    expect(decide(findings, policy({ types })).allowOverride).toBe(false);
  });
});

describe('exceptions', () => {
  it('drops e-mail addresses of allowed domains and subdomains', () => {
    const text = 'a@example.com b@mail.example.com c@other.org';
    const own = policy({ allowedEmailDomains: ['example.com'] });

    expect(scanForPolicy(text, own).map((found) => found.start)).toEqual([text.indexOf('c@')]);
  });

  it('drops values whose salted hash is allowed, and only those', async () => {
    const text = 'mail a@other.org or b@other.org';
    const salt = 'f00d';
    const allowed = await hashValue(salt, 'a@other.org');
    const own = policy({ allowedValueHashes: [allowed], allowedValueSalt: salt });

    const kept = await dropAllowedValues(text, scanForPolicy(text, own), own);

    expect(kept.map((found) => text.slice(found.start, found.end))).toEqual(['b@other.org']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { roleIds } from '@/lib/coaching/roles';
import { findingCategories } from '@/lib/detectors';

const load = (language: string) =>
  JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('UI text', () => {
  const english = load('en');
  const dutch = load('nl');

  it('has the same keys in English and Dutch', () => {
    expect(Object.keys(dutch).sort()).toEqual(Object.keys(english).sort());
  });

  it('has no empty message', () => {
    for (const [key, entry] of [...Object.entries(english), ...Object.entries(dutch)]) {
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it('names every role and every finding category', () => {
    for (const role of roleIds) expect(english).toHaveProperty(`role_${role.replaceAll('-', '_')}`);
    for (const category of findingCategories)
      expect(english).toHaveProperty(`category_${category}`);
  });
});

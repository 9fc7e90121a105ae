import { readFileSync } from 'node:fs';

/** A shipped pack as a plain object, for tests to alter. */
export function loadPack(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`public/packs/${name}.json`, 'utf8')) as Record<string, unknown>;
}

/** A small valid pack with one regular-expression pattern at `dataRules.patterns[0]`. */
export function basePack(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-pack',
    name: 'Test pack',
    version: '1.0.0',
    publisher: 'Test',
    updatedAt: '2026-12-01T00:00:00Z',
    dataRules: {
      types: { aws_access_key_id: { action: 'block', allowOverride: false } },
      categories: { contact: { action: 'warn', allowOverride: true } },
      patterns: [
        {
          name: 'project_code',
          category: 'custom',
          kind: 'regex',
          pattern: '\\bPRJ-\\d{4}\\b',
          action: 'warn',
        },
      ],
    },
    ...overrides,
  };
}

/** `basePack` with `pattern` as its regular expression. */
export function packWithPattern(pattern: string): Record<string, unknown> {
  const pack = basePack();
  const rules = pack.dataRules as { patterns: { pattern: string }[] };
  rules.patterns[0]!.pattern = pattern;
  return pack;
}

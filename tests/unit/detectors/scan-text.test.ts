import { describe, expect, it } from 'vitest';
import { scanText } from '../../../lib/detectors/index';

describe('scanText', () => {
  it('returns offsets into the original text after an emoji', () => {
    const text = '🙂🙂 mail me: a.b@example.com';
    const [finding] = scanText(text);
    expect(text.slice(finding!.start, finding!.end)).toBe('a.b@example.com');
  });

  it('finds a card number hidden with zero-width characters', () => {
    const text = 'card 4111\u200b1111\u200b1111\u200b1111 ok';
    const [finding] = scanText(text);
    expect(finding?.type).toBe('credit_card');
    expect(text.slice(finding!.start, finding!.end)).toBe('4111\u200b1111\u200b1111\u200b1111');
  });

  it('finds a card number written in full-width digits with NBSP', () => {
    const text = 'card ４１１１\u00a0１１１１\u00a0１１１１\u00a0１１１１';
    expect(scanText(text).map((f) => f.type)).toEqual(['credit_card']);
  });

  it('sorts findings by start', () => {
    const text = 'b@example.com then 4111111111111111 then a@example.com';
    const starts = scanText(text).map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(3);
  });

  it('reports organisation keywords under the pattern name', () => {
    const findings = scanText('Project Nightjar launches in May', {
      customPatterns: [
        { name: 'codename', category: 'confidential', kind: 'keyword', pattern: 'nightjar' },
      ],
    });
    expect(findings).toMatchObject([
      { type: 'codename', category: 'confidential', start: 8, end: 16 },
    ]);
  });
});

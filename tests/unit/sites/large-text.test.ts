import { describe, expect, it } from 'vitest';

import { scanText } from '@/lib/detectors';
import { defaultEffectivePolicy } from '@/lib/policy/effective';
import { scanInSlices } from '@/lib/sites/evaluate';

describe('scanInSlices', () => {
  it('finds the same values as one scan, with offsets into the whole text', async () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(1200);
    // The e-mail address lands near a slice boundary (24 KB).
    const text = `${filler.slice(0, 24 * 1024 - 8)} m.jansen@voorbeeldbedrijf.nl ${filler} AKIAZ7VQ3M5T2XKL9WQP`;

    const sliced = await scanInSlices(text, defaultEffectivePolicy);

    expect(sliced.map(({ type, start, end }) => ({ type, start, end }))).toEqual(
      scanText(text).map(({ type, start, end }) => ({ type, start, end })),
    );
    expect(sliced.map((found) => found.type)).toEqual(['email', 'aws_access_key_id']);
  });
});

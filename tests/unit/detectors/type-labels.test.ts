import { describe, expect, it } from 'vitest';

import { findingTypes } from '@/lib/detectors';
import { typeLabels } from '@/lib/detectors/type-labels';

describe('finding type labels', () => {
  it('should give every built-in type a label in English and Dutch', () => {
    for (const info of findingTypes()) {
      expect(typeLabels[info.type], info.type).toEqual({
        en: expect.stringMatching(/\S/),
        nl: expect.stringMatching(/\S/),
      });
    }
  });

  it('should label no type that no detector reports', () => {
    const reported = new Set(findingTypes().map((info) => info.type));

    expect(Object.keys(typeLabels).filter((type) => !reported.has(type))).toEqual([]);
  });
});

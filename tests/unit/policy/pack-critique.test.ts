import { describe, expect, it } from 'vitest';

import { critiqueAvailability, defaultCritiqueSettings } from '@/lib/coaching/critique/settings';
import { readPackCoaching } from '@/lib/coaching/pack-coaching';
import { packSchema } from '@/lib/policy/pack-schema';
import { basePack } from './pack-fixtures';

const userTurnedOn = { ...defaultCritiqueSettings, enabled: true };

function availabilityUnder(critique: Record<string, unknown>) {
  const pack = basePack({ critique });
  expect(packSchema.safeParse(pack).success).toBe(true);

  return critiqueAvailability(userTurnedOn, readPackCoaching({ pack }), false).kind;
}

describe('a pack and the AI critique', () => {
  it('should switch the critique off with critique.enabled false, endpoint or not', () => {
    expect(availabilityUnder({ enabled: false })).toBe('disabled-by-pack');
    expect(availabilityUnder({ enabled: false, endpoint: 'https://ai.example/v1' })).toBe(
      'disabled-by-pack',
    );
  });

  it('should leave the critique to the user when enabled is true or absent', () => {
    expect(availabilityUnder({ enabled: true })).toBe('ready');
    expect(availabilityUnder({ endpoint: 'https://ai.example/v1' })).toBe('ready');
  });

  it('should refuse a critique block that is not a boolean switch', () => {
    expect(packSchema.safeParse(basePack({ critique: { enabled: 'no' } })).success).toBe(false);
  });
});

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';

import { readUserPolicySettings, readValueHashSalt } from '@/lib/policy/pack-service';
import { valueHashSaltItem } from '@/lib/storage';

describe('the value-hash salt', () => {
  beforeEach(() => fakeBrowser.reset());

  it('should be made once when many policy requests arrive together on a fresh profile', async () => {
    const settings = await Promise.all(Array.from({ length: 8 }, readUserPolicySettings));
    const salts = new Set(settings.map((setting) => setting.salt));

    expect(salts.size).toBe(1);
    expect(await valueHashSaltItem.getValue()).toBe([...salts][0]);
  });

  it('should keep the stored salt on later calls', async () => {
    const first = await readValueHashSalt();
    const [second, third] = await Promise.all([readValueHashSalt(), readValueHashSalt()]);

    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect([second, third]).toEqual([first, first]);
  });
});

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';

import { storeCandidate } from '@/lib/policy/pack-store';
import { removeImportedPack } from '@/lib/policy/remove-imported-pack';
import { acceptedPacksItem, lastRefusedUpdateItem, packInForceItem } from '@/lib/storage';
import { basePack, loadPack } from './pack-fixtures';

const options = { publisherKeys: [], now: 1 };
const importFile = (pack: Record<string, unknown>) =>
  storeCandidate('file', JSON.stringify(pack), options);

describe('importing a pack file', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    expect('accepted' in (await importFile(basePack({ id: 'acme', version: '2.0.0' })))).toBe(true);
  });

  it.each(['healthcare', 'default'])(
    'replaces pack acme 2.0.0 with the lower-numbered %s pack, which has another id',
    async (name) => {
      const pack = loadPack(name);
      const result = await importFile(pack);

      expect('refused' in result ? result.refused.reason : '').toBe('');
      expect((await packInForceItem.getValue())?.pack.id).toBe(pack.id);
      expect(await lastRefusedUpdateItem.getValue()).toBeNull();
    },
  );

  it('still refuses a lower version of the same pack', async () => {
    const result = await importFile(basePack({ id: 'acme', version: '1.9.0' }));

    expect('refused' in result && result.refused.reason).toMatch(/lower than 2\.0\.0/);
    expect((await packInForceItem.getValue())?.pack.version).toBe('2.0.0');
  });
});

describe('removing the imported pack', () => {
  beforeEach(() => fakeBrowser.reset());

  it('puts the built-in default back in force', async () => {
    await importFile(basePack({ id: 'acme', version: '2.0.0' }));

    const result = await removeImportedPack();

    expect(result.removed && result.inForce.source).toBe('default');
    expect((await packInForceItem.getValue())?.pack.id).toBe('ascent-default');
    expect((await acceptedPacksItem.getValue()).file).toBeUndefined();
  });

  it('is refused while managed policy sets the pack, and the import stays in force', async () => {
    await importFile(basePack({ id: 'acme' }));
    await fakeBrowser.storage.managed.set({ packUrl: 'https://policy.example.com/pack.json' });

    const result = await removeImportedPack();

    expect(result).toEqual({ removed: false, reason: 'held-by-policy' });
    expect((await packInForceItem.getValue())?.pack.id).toBe('acme');
  });
});

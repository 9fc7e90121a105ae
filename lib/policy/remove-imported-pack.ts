import { hasManagedPack, readManagedConfig } from './managed-config';
import { removeSource, updatePackInForce } from './pack-store';
import type { PackInForce } from './pack-state';

export type RemoveImportedResult =
  { removed: true; inForce: PackInForce } | { removed: false; reason: 'held-by-policy' };

/** Whether managed policy sets the pack; then the user may not change which pack applies. */
export async function isPackHeldByPolicy(): Promise<boolean> {
  return hasManagedPack(await readManagedConfig());
}

/**
 * Forgets the pack imported from a file, so the next source applies (the pack URL's pack or
 * the built-in default) and returns it. Refused while managed policy sets a pack: its locks,
 * or all locks while it cannot be trusted yet, must not be sidestepped by swapping packs.
 */
export async function removeImportedPack(): Promise<RemoveImportedResult> {
  if (await isPackHeldByPolicy()) return { removed: false, reason: 'held-by-policy' };

  await removeSource('file');
  return { removed: true, inForce: await updatePackInForce() };
}

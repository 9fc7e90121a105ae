import { browser } from 'wxt/browser';

/**
 * What enterprise policy sets for Ascent (public/managed-schema.json declares it). Values
 * of the wrong type are dropped by the browser itself, and here as well.
 */
export interface ManagedConfig {
  packJson?: string;
  packUrl?: string;
  publisherKeys: string[];
  pinnedVersion?: string;
}

/** Reads managed storage, which only the administrator can write; {} where unsupported. */
export async function readManagedConfig(): Promise<ManagedConfig> {
  let values: Record<string, unknown>;
  try {
    values = (await browser.storage.managed.get()) as Record<string, unknown>;
  } catch {
    // Firefox without policies.json and Chromium without a schema both throw here.
    values = {};
  }

  return toManagedConfig(values);
}

/** Keeps the values of the right type, dropping everything else. */
export function toManagedConfig(values: Record<string, unknown>): ManagedConfig {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
  const keys = Array.isArray(values.publisherKeys) ? values.publisherKeys : [];

  return {
    packJson: text(values.packJson),
    packUrl: text(values.packUrl),
    publisherKeys: keys.filter(
      (key): key is string => typeof key === 'string' && key.trim() !== '',
    ),
    pinnedVersion: text(values.pinnedVersion),
  };
}

/** Is any pack configured through policy? Then its locks must be honoured. */
export function hasManagedPack(config: ManagedConfig): boolean {
  return config.packJson !== undefined || config.packUrl !== undefined;
}

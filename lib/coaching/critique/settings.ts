import type { PackCoaching } from '../pack-coaching';

/** How the critique endpoint is addressed: any OpenAI-compatible server, or Azure OpenAI. */
export type CritiqueProvider = 'openai-compatible' | 'azure';

/** The user's critique settings (the API key is stored apart: critiqueApiKeySetting). */
export interface CritiqueSettings {
  enabled: boolean;
  provider: CritiqueProvider;
  /** OpenAI-compatible: the base URL ending in /v1. Azure: the resource endpoint. */
  baseUrl: string;
  /** The model name, or the deployment name on Azure. */
  model: string;
  /** Azure's api-version query parameter. */
  apiVersion: string;
}

export const defaultCritiqueSettings: CritiqueSettings = {
  enabled: false,
  provider: 'openai-compatible',
  baseUrl: 'https://api.openai.com/v1',
  model: 'gpt-4o-mini',
  apiVersion: '2024-10-21',
};

/** Where a critique may go now, after the pack has had its say. */
export type CritiqueAvailability =
  | { kind: 'off' }
  | { kind: 'disabled-by-pack' }
  | { kind: 'no-approved-endpoint' }
  | { kind: 'ready'; settings: CritiqueSettings; pinnedByPack: boolean };

/**
 * Applies the pack to the user's settings: the pack may switch critique off, or pin the
 * endpoint (and model). `endpointLocked` is the managed pack's lock as the effective policy
 * reports it; a lock without a pinned endpoint leaves no approved place to send prompts, so
 * critique stays off rather than falling back to the user's choice.
 */
export function critiqueAvailability(
  settings: CritiqueSettings,
  pack: PackCoaching,
  endpointLocked: boolean,
): CritiqueAvailability {
  if (pack.critique?.enabled === false) return { kind: 'disabled-by-pack' };
  if (!settings.enabled) return { kind: 'off' };

  const pinned = pack.critique?.endpoint;
  if (!pinned) {
    return endpointLocked
      ? { kind: 'no-approved-endpoint' }
      : { kind: 'ready', settings, pinnedByPack: false };
  }

  const model = pack.critique?.model ?? settings.model;
  return { kind: 'ready', settings: { ...settings, baseUrl: pinned, model }, pinnedByPack: true };
}

/** The match pattern a host permission request needs for an endpoint, or null if invalid. */
export function originPattern(baseUrl: string): string | null {
  try {
    const url = new URL(baseUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;

    // Match patterns take no port: the permission covers every port of the host.
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

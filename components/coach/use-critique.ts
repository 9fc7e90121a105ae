import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';

import {
  createCritiqueClient,
  type Critique,
  type CritiqueFailure,
} from '@/lib/coaching/critique/client';
import { originPattern, type CritiqueSettings } from '@/lib/coaching/critique/settings';
import type { RoleId } from '@/lib/coaching/roles';
import type { CustomPattern } from '@/lib/detectors';
import { uiLanguage } from '@/lib/i18n';

export type CritiqueState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; critique: Critique }
  | { kind: 'failed'; failure: CritiqueFailure | { code: 'no-permission' } };

/**
 * Host permission for the endpoint lets this extension page read a server's answers even
 * when it sends no CORS headers. Without it nothing is sent: the panel offers to ask.
 */
function hasHostPermission(baseUrl: string): Promise<boolean> {
  const pattern = originPattern(baseUrl);
  if (!pattern) return Promise.resolve(false);

  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}

/** Asks from the click itself, while the user's gesture still counts. */
function requestHostPermission(baseUrl: string): Promise<boolean> {
  const pattern = originPattern(baseUrl);
  if (!pattern) return Promise.resolve(false);

  return browser.permissions.request({ origins: [pattern] }).catch(() => false);
}

/** Runs critiques from the side panel against one configured endpoint. */
export function useCritique(settings: CritiqueSettings, apiKey: string, patterns: CustomPattern[]) {
  const [state, setState] = useState<CritiqueState>({ kind: 'idle' });
  // One client per endpoint, so a rate limit's retry-after holds across clicks.
  const client = useMemo(() => createCritiqueClient({ settings, apiKey }), [settings, apiKey]);

  const run = async (prompt: string, role: RoleId) => {
    setState({ kind: 'working' });
    if (!(await hasHostPermission(settings.baseUrl))) {
      return setState({ kind: 'failed', failure: { code: 'no-permission' } });
    }

    const request = { prompt, role, language: uiLanguage(), customPatterns: patterns };
    const outcome = await client.send(request);
    setState(
      outcome.ok
        ? { kind: 'done', critique: outcome.value }
        : { kind: 'failed', failure: outcome.failure },
    );
  };

  const allowAndRun = async (prompt: string, role: RoleId) => {
    if (await requestHostPermission(settings.baseUrl)) await run(prompt, role);
  };

  return { state, run, allowAndRun };
}

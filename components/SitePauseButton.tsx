import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

import { t } from '@/lib/i18n';
import { log } from '@/lib/log';
import type { Message } from '@/lib/messages';
import type { PolicyAnswer } from '@/lib/policy/policy-messages';
import { pausedSitesSetting } from '@/lib/storage';
import { useSetting } from './hooks/use-setting';
import { LockBadge } from './options/LockBadge';
import { usePolicy } from './options/use-policy';

/** The host of the tab's page, as the content script sees it (`location.hostname`). */
function useTabHost(tabId: number, toolId: string): string | undefined {
  const [host, setHost] = useState<string>();

  // The tool id is a dependency so that navigating the tab to another tool looks again.
  useEffect(() => {
    let current = true;
    browser.tabs
      .get(tabId)
      .then((tab) => current && setHost(tab.url ? new URL(tab.url).hostname : undefined))
      .catch((error: Error) => log.warn('could not read the tab host:', error));
    return () => {
      current = false;
    };
  }, [tabId, toolId]);

  return host?.toLowerCase();
}

/** Asks the background to pause or resume; it refuses a pause that the pack locks. */
async function setSitePaused(host: string, paused: boolean): Promise<boolean> {
  const request: Message = { type: 'set-site-paused', host, paused };
  const answer = (await browser.runtime.sendMessage(request)) as PolicyAnswer | undefined;
  return answer?.ok ?? false;
}

/**
 * Pauses or resumes Ascent on the tab's site. The background stores the choice and tells
 * the content script, whose new status ("Paused on this site") the card then shows.
 */
export function SitePauseButton({ tabId, toolId }: { tabId: number; toolId: string }) {
  const host = useTabHost(tabId, toolId);
  const [pausedSites] = useSetting(pausedSitesSetting);
  const [busy, setBusy] = useState(false);
  const locked = usePolicy(host)?.locks.pauseSite ?? false;
  if (!host || !pausedSites) return null;

  // A lock overrides a pause stored before it came, so the site counts as running then.
  const paused = !locked && pausedSites.includes(host);
  const toggle = () => {
    if (busy) return;

    setBusy(true);
    setSitePaused(host, !paused)
      // Refused only when a lock arrived meanwhile; the policy broadcast then shows it.
      .then((ok) => ok || log.warn('pausing this site was refused'))
      .catch((error: Error) => log.warn('could not pause or resume the site:', error))
      .finally(() => setBusy(false));
  };

  return (
    <p className="site-pause">
      <button
        type="button"
        data-testid="site-pause"
        data-paused={paused}
        // Not disabled while busy: a disabled button drops the keyboard focus.
        disabled={locked}
        aria-busy={busy}
        aria-describedby={locked ? 'site-pause-lock' : undefined}
        onClick={toggle}
      >
        {t(paused ? 'resumeOnSite' : 'pauseOnSite')}
      </button>
      {locked && <LockBadge id="site-pause-lock" />}
    </p>
  );
}

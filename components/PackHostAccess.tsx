import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

import { t } from '@/lib/i18n';
import { log } from '@/lib/log';
import { findPackHostAccess, type PackHostAccess } from '@/lib/policy/pack-host-access';

/** The pack-added tool in a tab, looked up once per tab. */
function usePackHostAccess(tabId: number | undefined) {
  const [access, setAccess] = useState<PackHostAccess>();

  useEffect(() => {
    let current = true;
    setAccess(undefined);
    if (tabId === undefined) return;

    browser.tabs
      .get(tabId)
      .then((tab) => (tab.url ? findPackHostAccess(tab.url) : undefined))
      .then((found) => current && setAccess(found))
      .catch((error: Error) => log.warn('could not look up a pack-added host:', error));
    return () => {
      current = false;
    };
  }, [tabId]);

  return [access, setAccess] as const;
}

/**
 * A tab that is no built-in tool: either a host the policy pack adds, not granted yet (one
 * click grants it and the background starts Ascent there), or simply no AI tool.
 */
export function NoToolCard({ tabId }: { tabId: number | undefined }) {
  const [access, setAccess] = usePackHostAccess(tabId);
  if (!access || access.granted) return <p className="card muted">{t('noToolTab')}</p>;

  // The request must run straight from the click: browsers refuse it outside a user gesture.
  const allow = () => {
    browser.permissions
      .request({ origins: access.origins })
      .then((granted) => granted && setAccess({ ...access, granted }))
      .catch((error: Error) => log.warn('host permission request failed:', error));
  };

  return (
    <section className="card" data-testid="pack-host-access">
      <p>{t('packHostNeedsAccess')}</p>
      <button type="button" onClick={allow}>
        {t('packHostAllow', access.host)}
      </button>
    </section>
  );
}

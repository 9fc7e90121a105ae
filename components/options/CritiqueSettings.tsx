import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';

import {
  critiqueAvailability,
  defaultCritiqueSettings,
  originPattern,
  type CritiqueSettings as Settings,
} from '@/lib/coaching/critique/settings';
import { t } from '@/lib/i18n';
import { critiqueApiKeySetting, critiqueSetting } from '@/lib/storage';
import { usePackCoaching } from '../coach/use-pack-coaching';
import { CritiqueFields } from './CritiqueFields';
import { usePolicy } from './use-policy';

type Status = { ok: boolean; text: string } | null;

/**
 * The optional AI critique's settings. Saving asks for host permission for the endpoint's
 * origin (from the click, as the browser requires), so the side panel can read answers
 * from servers that send no CORS headers.
 */
export function CritiqueSettings() {
  const pack = usePackCoaching();
  const locked = usePolicy()?.locks.critiqueEndpoint ?? false;
  const [draft, setDraft] = useState<Settings>(defaultCritiqueSettings);
  const [apiKey, setApiKey] = useState('');
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    void critiqueSetting.getValue().then(setDraft);
    void critiqueApiKeySetting.getValue().then(setApiKey);
  }, []);

  // Asked as if switched on, so a pinned endpoint shows while critique is still off; the
  // checkbox itself always shows the stored choice, which no pack or lock switches on.
  const availability = critiqueAvailability({ ...draft, enabled: true }, pack, locked);
  const pinned = availability.kind === 'ready' && availability.pinnedByPack;
  const effective =
    availability.kind === 'ready' ? { ...availability.settings, enabled: draft.enabled } : draft;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const pattern = originPattern(effective.baseUrl);
    if (draft.enabled && !pattern) return setStatus({ ok: false, text: t('critiqueBadUrl') });

    // Requested before any other await, while the click still counts as a user gesture.
    const granted = !draft.enabled || (await browser.permissions.request({ origins: [pattern!] }));
    await critiqueSetting.setValue(draft);
    await critiqueApiKeySetting.setValue(apiKey.trim());
    setStatus(
      granted
        ? { ok: true, text: t('critiqueSaved') }
        : { ok: false, text: t('critiquePermissionDenied', pattern ?? '') },
    );
  };

  if (availability.kind === 'disabled-by-pack') {
    return (
      <CritiqueSection>
        <p className="muted">{t('critiqueDisabledByPack')}</p>
      </CritiqueSection>
    );
  }

  return (
    <CritiqueSection>
      <form onSubmit={(event) => void save(event)} className="critique-settings">
        <CritiqueFields
          draft={effective}
          pinned={pinned}
          apiKey={apiKey}
          onDraft={(next) => setDraft({ ...draft, ...next })}
          onApiKey={setApiKey}
        />
        {availability.kind === 'no-approved-endpoint' && (
          <p className="error">{t('critiqueNoApprovedEndpoint')}</p>
        )}
        <button type="submit">{t('critiqueSave')}</button>
        {status && (
          <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'muted' : 'error'}>
            {status.text}
          </p>
        )}
      </form>
    </CritiqueSection>
  );
}

function CritiqueSection({ children }: { children: React.ReactNode }) {
  return (
    <section aria-labelledby="critique-settings-heading" className="settings">
      <h2 id="critique-settings-heading">{t('critiqueSettingsHeading')}</h2>
      {children}
    </section>
  );
}

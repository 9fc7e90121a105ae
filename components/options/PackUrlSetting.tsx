import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';

import { t, uiLanguage } from '@/lib/i18n';
import { packUrlSetting, packUrlStateItem } from '@/lib/storage';
import { useSetting } from '../hooks/use-setting';
import { localiseReason } from './pack-reason-text';

function isAcceptableUrl(value: string): boolean {
  if (value === '') return true;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The pack URL: saved only when valid; host access is asked for with the click that saves it. */
export function PackUrlSetting({ managed }: { managed: boolean }) {
  const [saved, setSaved] = useSetting(packUrlSetting);
  const [states] = useSetting(packUrlStateItem);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState(false);
  useEffect(() => setDraft(saved ?? ''), [saved]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = draft.trim();
    setError(!isAcceptableUrl(value));
    if (!isAcceptableUrl(value)) return;

    // The browser requires a user gesture for the grant: this submit is that gesture.
    if (value)
      void browser.permissions
        .request({ origins: [`${new URL(value).origin}/*`] })
        .catch(() => false);
    setSaved(value);
  };

  const state = states?.url;
  return (
    <form className="settings" onSubmit={onSubmit}>
      <label htmlFor="pack-url">{t('packUrlLabel')}</label>
      {managed && <p className="muted">{t('packUrlLocked')}</p>}
      <input
        id="pack-url"
        type="url"
        value={draft}
        aria-invalid={error}
        aria-describedby={error ? 'pack-url-error' : undefined}
        onChange={(event) => setDraft(event.target.value)}
      />
      <button type="submit">{t('packUrlSave')}</button>
      {error && (
        <p id="pack-url-error" role="alert" className="bad">
          {t('packUrlInvalid')}
        </p>
      )}
      {state?.lastCheckedAt && (
        <p className="muted">
          {t('packUrlStatus', [
            new Date(state.lastCheckedAt).toLocaleString(),
            state.failures > 0
              ? t('packUrlFailing', [
                  String(state.failures),
                  localiseReason(state.lastError ?? '', uiLanguage()),
                ])
              : t('packUrlOk'),
          ])}
        </p>
      )}
    </form>
  );
}

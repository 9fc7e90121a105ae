import { useState, type ChangeEvent } from 'react';

import { t, uiLanguage } from '@/lib/i18n';
import { readManagedConfig } from '@/lib/policy/managed-config';
import { storeCandidate } from '@/lib/policy/pack-store';
import { localiseRefusal } from './pack-reason-text';

/** Imports a pack file; a refused one leaves the pack in force and says why. */
export function PackImport() {
  const [result, setResult] = useState<{ ok: boolean; text: string }>();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;

    const { publisherKeys } = await readManagedConfig();
    const outcome = await storeCandidate('file', await file.text(), {
      publisherKeys,
      now: Date.now(),
    });
    setResult(
      'accepted' in outcome
        ? {
            ok: true,
            text: t('packImportDone', [outcome.accepted.pack.id, outcome.accepted.pack.version]),
          }
        : {
            ok: false,
            text: t('packImportRefused', localiseRefusal(outcome.refused, uiLanguage())),
          },
    );
    event.target.value = '';
  };

  return (
    <div className="settings">
      <label htmlFor="pack-import">{t('packImportLabel')}</label>
      <input
        id="pack-import"
        type="file"
        accept=".json,.yaml,.yml,application/json"
        onChange={(event) => void onFile(event)}
      />
      {result && (
        <p role="status" className={result.ok ? 'good' : 'bad'} data-testid="pack-import-result">
          {result.text}
        </p>
      )}
    </div>
  );
}

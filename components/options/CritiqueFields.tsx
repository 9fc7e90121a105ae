import type { CritiqueProvider, CritiqueSettings } from '@/lib/coaching/critique/settings';
import { t } from '@/lib/i18n';

interface Props {
  draft: CritiqueSettings;
  /** The pack pinned the endpoint and model: shown, not editable. */
  pinned: boolean;
  apiKey: string;
  onDraft: (change: Partial<CritiqueSettings>) => void;
  onApiKey: (key: string) => void;
}

/** The critique form's fields, each with its label. */
export function CritiqueFields({ draft, pinned, apiKey, onDraft, onApiKey }: Props) {
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          name="critique-enabled"
          checked={draft.enabled}
          onChange={(event) => onDraft({ enabled: event.target.checked })}
        />
        {t('critiqueEnable')}
      </label>
      <p className="muted">{t('critiquePrivacyNote')}</p>

      <label htmlFor="critique-provider">{t('critiqueProvider')}</label>
      <select
        id="critique-provider"
        value={draft.provider}
        disabled={pinned}
        onChange={(event) => onDraft({ provider: event.target.value as CritiqueProvider })}
      >
        <option value="openai-compatible">{t('critiqueProviderCompatible')}</option>
        <option value="azure">{t('critiqueProviderAzure')}</option>
      </select>

      <label htmlFor="critique-base-url">{t('critiqueBaseUrl')}</label>
      <input
        id="critique-base-url"
        type="url"
        value={draft.baseUrl}
        readOnly={pinned}
        onChange={(event) => onDraft({ baseUrl: event.target.value.trim() })}
      />
      {pinned && <p className="muted">{t('critiquePinned')}</p>}

      <label htmlFor="critique-model">{t('critiqueModel')}</label>
      <input
        id="critique-model"
        value={draft.model}
        readOnly={pinned}
        onChange={(event) => onDraft({ model: event.target.value.trim() })}
      />

      {draft.provider === 'azure' && (
        <>
          <label htmlFor="critique-api-version">{t('critiqueApiVersion')}</label>
          <input
            id="critique-api-version"
            value={draft.apiVersion}
            onChange={(event) => onDraft({ apiVersion: event.target.value.trim() })}
          />
        </>
      )}

      <label htmlFor="critique-api-key">{t('critiqueApiKey')}</label>
      <input
        id="critique-api-key"
        type="password"
        autoComplete="off"
        value={apiKey}
        onChange={(event) => onApiKey(event.target.value)}
      />
      <p className="muted">{t('critiqueKeyNote')}</p>
    </>
  );
}

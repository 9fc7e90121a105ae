import { useMemo, useState } from 'react';

import { critiqueAvailability, type CritiqueSettings } from '@/lib/coaching/critique/settings';
import type { PackCoaching } from '@/lib/coaching/pack-coaching';
import type { RoleId } from '@/lib/coaching/roles';
import { t, type MessageKey } from '@/lib/i18n';
import { critiqueApiKeySetting, critiqueSetting } from '@/lib/storage';
import { useSetting } from '../hooks/use-setting';
import { usePolicy } from '../options/use-policy';
import { CritiqueResult } from './CritiqueResult';
import { useCritique, type CritiqueState } from './use-critique';

interface Props {
  role: RoleId;
  text: string;
  pack: PackCoaching;
  tabId: number | undefined;
}

/** "Critique and improve": only when the user (and pack) allow it, only redacted text out. */
export function CritiquePanel({ role, text, pack, tabId }: Props) {
  const [settings] = useSetting(critiqueSetting);
  const [apiKey] = useSetting(critiqueApiKeySetting);
  const locked = usePolicy()?.locks.critiqueEndpoint ?? false;
  const availability = useMemo(
    () => (settings ? critiqueAvailability(settings, pack, locked) : undefined),
    [settings, pack, locked],
  );

  return (
    <section aria-labelledby="critique-heading" className="critique">
      <h2 id="critique-heading">{t('critiqueHeading')}</h2>
      {availability?.kind === 'ready' ? (
        <CritiqueRunner
          settings={availability.settings}
          apiKey={apiKey ?? ''}
          {...{ role, text, pack, tabId }}
        />
      ) : (
        <p className="muted" data-testid="critique-unavailable">
          {t(unavailableMessage(availability?.kind))}
        </p>
      )}
    </section>
  );
}

function unavailableMessage(kind: string | undefined): MessageKey {
  if (kind === 'disabled-by-pack') return 'critiqueDisabledByPack';
  if (kind === 'no-approved-endpoint') return 'critiqueNoApprovedEndpoint';
  return 'critiqueOff';
}

function CritiqueRunner(props: Props & { settings: CritiqueSettings; apiKey: string }) {
  const { state, run, allowAndRun } = useCritique(
    props.settings,
    props.apiKey,
    props.pack.customPatterns,
  );
  const [asked, setAsked] = useState(false);
  const empty = props.text.trim() === '';

  return (
    <>
      <button
        type="button"
        disabled={empty || state.kind === 'working'}
        onClick={() => {
          setAsked(true);
          void run(props.text, props.role);
        }}
      >
        {t('critiqueButton')}
      </button>
      {empty && !asked && <p className="muted">{t('critiqueEmpty')}</p>}
      <CritiqueStatus state={state} tabId={props.tabId} />
      {state.kind === 'failed' && state.failure.code === 'no-permission' && (
        <button type="button" onClick={() => void allowAndRun(props.text, props.role)}>
          {t('critiqueAllowAccess')}
        </button>
      )}
    </>
  );
}

function failureText(state: Extract<CritiqueState, { kind: 'failed' }>): string {
  const failure = state.failure;
  const key = `critiqueError_${failure.code.replaceAll('-', '_')}` as MessageKey;
  if (failure.code === 'rate-limited') return t(key, String(failure.retryAfterSeconds));
  if (failure.code === 'endpoint-error') return t(key, String(failure.status));
  return t(key);
}

function CritiqueStatus({ state, tabId }: { state: CritiqueState; tabId: number | undefined }) {
  if (state.kind === 'working') return <p role="status">{t('critiqueWorking')}</p>;
  if (state.kind === 'failed') {
    return (
      <p role="alert" className="error" data-testid="critique-error" data-code={state.failure.code}>
        {failureText(state)}
      </p>
    );
  }
  if (state.kind === 'done') return <CritiqueResult critique={state.critique} tabId={tabId} />;
  return null;
}

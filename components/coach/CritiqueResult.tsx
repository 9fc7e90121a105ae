import { useState } from 'react';

import type { Critique } from '@/lib/coaching/critique/client';
import { t } from '@/lib/i18n';
import { insertIntoTab } from './insert-into-tab';

/** The critique and the improved prompt, with the user's own values already restored. */
export function CritiqueResult({
  critique,
  tabId,
}: {
  critique: Critique;
  tabId: number | undefined;
}) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const insert = async () => {
    if (tabId === undefined) return setStatus({ ok: false, text: t('insertNoTab') });

    const answer = await insertIntoTab(tabId, critique.improvedPrompt);
    setStatus(
      answer.ok
        ? { ok: true, text: t('critiqueInserted') }
        : { ok: false, text: t('insertFailed', answer.reason) },
    );
  };

  return (
    <div className="critique-result" data-testid="critique-result">
      <p data-testid="critique-text">{critique.critique}</p>
      {critique.redactedCount > 0 && (
        <p className="muted">{t('critiqueRedacted', String(critique.redactedCount))}</p>
      )}
      <h3>{t('critiqueImproved')}</h3>
      <pre className="improved-prompt" data-testid="improved-prompt">
        {critique.improvedPrompt}
      </pre>
      <button type="button" onClick={() => void insert()}>
        {t('critiqueInsert')}
      </button>
      {status && (
        <p role="status" className={status.ok ? 'muted' : 'error'}>
          {status.text}
        </p>
      )}
    </div>
  );
}

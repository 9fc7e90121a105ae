import { useState, type ChangeEvent } from 'react';

import { t } from '@/lib/i18n';
import { localDay } from '@/lib/progress/daily';
import { getDatabase } from '@/lib/progress/db';
import { deleteAllProgress, exportHistory, importHistory } from '@/lib/progress/history-file';
import { historyProblemText } from './history-problem-text';
import { download } from './text';

type Notice = { tone: 'status' | 'alert'; text: string };

/** Export, import and "delete my data": the learner's whole history, in their hands. */
export function HistoryTransfer({ onChange }: { onChange: () => void }) {
  const [notice, setNotice] = useState<Notice>();
  const [confirming, setConfirming] = useState(false);
  const report = (tone: Notice['tone']) => (text: string) => setNotice({ tone, text });
  const fail = (failure: Error) => report('alert')(t('errorGeneric', failure.message));

  const exportAll = () => {
    exportHistory(getDatabase(), Date.now()).then((file) => {
      const name = `ascent-history-${localDay(Date.now())}.json`;
      download(name, JSON.stringify(file), 'application/json');
    }, fail);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;

    const result = await importHistory(getDatabase(), await file.text());
    if (!result.ok) return report('alert')(t('importRefused', historyProblemText(result.reason)));

    report('status')(t('importDone', [String(result.added), String(result.skipped)]));
    onChange();
  };

  const deleteAll = () => {
    setConfirming(false);
    deleteAllProgress(getDatabase()).then(() => {
      report('status')(t('deleteDone'));
      onChange();
    }, fail);
  };

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('exportHeading')}</h2>
      <button type="button" onClick={exportAll} data-testid="export-history">
        {t('exportHistory')}
      </button>
      <label htmlFor="import-history">{t('importHistory')}</label>
      <input
        id="import-history"
        type="file"
        accept="application/json,.json"
        onChange={(event) => void importFile(event).catch(fail)}
      />
      <h2>{t('deleteHeading')}</h2>
      <p className="muted">{t('deleteExplain')}</p>
      {confirming ? (
        <p>
          <button type="button" className="danger" onClick={deleteAll}>
            {t('deleteConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancelAction')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('deleteButton')}
        </button>
      )}
      {notice && (
        <p role={notice.tone} data-testid="transfer-notice">
          {notice.text}
        </p>
      )}
    </section>
  );
}

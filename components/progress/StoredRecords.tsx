import { useEffect, useState } from 'react';

import { t, type MessageKey } from '@/lib/i18n';
import { getDatabase } from '@/lib/progress/db';
import { countStored, type StoredCounts } from '@/lib/progress/stored-counts';
import { readRollupAfterDays, rollupDayLimits } from '@/lib/progress/upkeep';
import { rollupAfterDaysSetting } from '@/lib/storage';

const rows: { key: MessageKey; count: keyof StoredCounts }[] = [
  { key: 'storesScored', count: 'scoredPrompts' },
  { key: 'storesUnscored', count: 'unscoredPrompts' },
  { key: 'storesPastes', count: 'pastes' },
  { key: 'storesLessons', count: 'lessonChecks' },
  { key: 'storesTemplates', count: 'templateUses' },
  { key: 'storesDays', count: 'rolledUpDays' },
  { key: 'storesSummaries', count: 'daySummaries' },
];

/** "What Ascent stores": every kind of record, with the learner's own counts. */
export function StoredRecords({ version }: { version: unknown }) {
  const [counts, setCounts] = useState<StoredCounts>();

  useEffect(() => {
    void countStored(getDatabase()).then(setCounts);
  }, [version]);

  return (
    <section aria-labelledby="stores-heading" data-testid="stored-records">
      <h2 id="stores-heading">{t('storesHeading')}</h2>
      <p>{t('storesIntro')}</p>
      <table className="stores">
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid="stored-count" data-kind={row.count}>
              <td>{t(row.key)}</td>
              <td>
                <strong>{counts?.[row.count] ?? '…'}</strong>
              </td>
            </tr>
          ))}
          <tr>
            <td colSpan={2}>{t('storesSettings')}</td>
          </tr>
        </tbody>
      </table>
      {counts?.oldest != null && (
        <p className="muted">{t('storesOldest', new Date(counts.oldest).toLocaleDateString())}</p>
      )}
      <p>
        <strong>{t('storesNever')}</strong>
      </p>
      <RollupPeriod />
    </section>
  );
}

function RollupPeriod() {
  const [days, setDays] = useState<string>('');
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    void readRollupAfterDays().then((value) => setDays(String(value)));
  }, []);

  const save = (text: string) => {
    setDays(text);
    const value = Number(text);
    const valid =
      Number.isInteger(value) && value >= rollupDayLimits.min && value <= rollupDayLimits.max;
    setInvalid(!valid);
    if (valid) void rollupAfterDaysSetting.setValue(value);
  };

  return (
    <>
      <label htmlFor="rollup-days">{t('rollupLabel')}</label>
      <input
        id="rollup-days"
        type="number"
        min={rollupDayLimits.min}
        max={rollupDayLimits.max}
        value={days}
        aria-invalid={invalid}
        onChange={(event) => save(event.target.value)}
      />
      {invalid && (
        <p role="alert">
          {t('rollupInvalid', [String(rollupDayLimits.min), String(rollupDayLimits.max)])}
        </p>
      )}
    </>
  );
}

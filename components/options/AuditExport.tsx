import { useEffect, useState } from 'react';

import { t } from '@/lib/i18n';
import { getAuditDatabase, readAudit, type AuditRecord } from '@/lib/policy/audit-db';
import { auditToCsv, auditToJson } from '@/lib/policy/audit-export';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The audit log's size and its export for the security team (JSON or CSV). */
export function AuditExport() {
  const [records, setRecords] = useState<AuditRecord[]>();

  useEffect(() => {
    void readAudit(getAuditDatabase()).then(setRecords, () => setRecords([]));
  }, []);

  const exportAs = async (format: 'json' | 'csv') => {
    const fresh = await readAudit(getAuditDatabase());
    setRecords(fresh);
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'json')
      download(`ascent-audit-${stamp}.json`, 'application/json', auditToJson(fresh));
    else download(`ascent-audit-${stamp}.csv`, 'text/csv', auditToCsv(fresh));
  };

  return (
    <section aria-labelledby="audit-heading" className="settings">
      <h2 id="audit-heading">{t('auditHeading')}</h2>
      <p className="muted" data-testid="audit-count">
        {records?.length ? t('auditCount', String(records.length)) : t('auditEmpty')}
      </p>
      <button type="button" onClick={() => void exportAs('json')}>
        {t('auditExportJson')}
      </button>{' '}
      <button type="button" onClick={() => void exportAs('csv')}>
        {t('auditExportCsv')}
      </button>
    </section>
  );
}

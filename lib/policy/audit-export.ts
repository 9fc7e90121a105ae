import type { AuditRecord } from './audit-db';

const columns = [
  'time',
  'tool',
  'trigger',
  'rule',
  'action',
  'overridden',
  'justification',
  'packId',
  'packVersion',
] as const;

/** The audit log as JSON for the security team: ISO times, no internal ids. */
export function auditToJson(records: readonly AuditRecord[]): string {
  return `${JSON.stringify(records.map(toExportRow), null, 2)}\n`;
}

/** The audit log as CSV (RFC 4180 quoting), one decision per row. */
export function auditToCsv(records: readonly AuditRecord[]): string {
  const rows = records.map((record) => {
    const row = toExportRow(record);
    return columns.map((column) => csvField(row[column])).join(',');
  });
  return `${[columns.join(','), ...rows].join('\r\n')}\r\n`;
}

function toExportRow(record: AuditRecord) {
  return {
    time: new Date(record.time).toISOString(),
    tool: record.tool,
    trigger: record.trigger,
    rule: record.rule,
    action: record.action,
    overridden: record.overridden,
    justification: record.justification ?? '',
    packId: record.packId,
    packVersion: record.packVersion,
  };
}

function csvField(value: string | boolean): string {
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet; a quote mark disarms it.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

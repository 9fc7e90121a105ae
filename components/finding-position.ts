import type { Finding } from '@/lib/detectors';
import { t } from '@/lib/i18n';

/**
 * 1-based line and column of a UTF-16 offset. Only lines that hold text count: a composer's
 * text is read with innerText, which puts a blank line between paragraphs that the user sees
 * as consecutive lines (ProseMirror, Quill); counting those would send people a line too far.
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  const current = lines.pop() ?? '';
  const above = lines.filter((line) => line.trim() !== '').length;
  return { line: above + 1, column: current.length + 1 };
}

/**
 * Where a finding is, counted from 1 as people count: "line 3, column 5" in text of several
 * lines that is at hand, otherwise its characters ("characters 6–12"). Never the value.
 */
export function describePosition(finding: Pick<Finding, 'start' | 'end'>, text?: string): string {
  // Text shorter than the finding is newer or older than the scan: its lines would mislead.
  if (text?.includes('\n') && finding.end <= text.length) {
    const { line, column } = lineColumn(text, finding.start);
    return t('findingLineColumn', [String(line), String(column)]);
  }

  const first = finding.start + 1;
  if (finding.end <= first) return t('findingCharacter', String(first));
  return t('findingPosition', [String(first), String(finding.end)]);
}

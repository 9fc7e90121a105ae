import { t } from '@/lib/i18n';
import type { HistoryProblem } from '@/lib/progress/history-file';

/** Why a history file was refused, in the reader's language. */
export function historyProblemText(problem: HistoryProblem): string {
  switch (problem.kind) {
    case 'not-json':
      return t('importProblemNotJson');
    case 'not-history':
      return t('importProblemNotHistory');
    case 'unknown-version':
      return t('importProblemVersion', String(problem.version));
    case 'missing':
      return t('importProblemMissing', problem.path);
    case 'unknown-field':
      return problem.path
        ? t('importProblemUnknownField', [problem.path, problem.fields])
        : t('importProblemUnknownFileField', problem.fields);
    case 'wrong-value':
      return t('importProblemWrongValue', problem.path);
  }
}

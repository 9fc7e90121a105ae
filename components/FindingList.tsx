import { findingTypes } from '@/lib/detectors';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import type { TabStatus } from '@/lib/messages';

const labels = new Map(findingTypes().map((info) => [info.type, info.label]));

/** Findings of the tab's last paste: type and position only, never the value. */
export function FindingList({ lastPaste }: { lastPaste: TabStatus['lastPaste'] }) {
  const language = uiLanguage();

  if (!lastPaste) return <p className="muted">{t('findingsNone')}</p>;
  if (lastPaste.findings.length === 0) return <p className="muted">{t('findingsClean')}</p>;

  return (
    <ul className="findings">
      {lastPaste.findings.map((finding) => (
        <li key={`${finding.start}-${finding.type}`} data-testid="finding" data-type={finding.type}>
          <span className={`badge badge-${finding.category}`}>
            {t(`category_${finding.category}` as MessageKey)}
          </span>
          <strong>{labels.get(finding.type)?.[language] ?? finding.type}</strong>
          <span className="muted">
            {t('findingPosition', [String(finding.start), String(finding.end)])}
          </span>
        </li>
      ))}
    </ul>
  );
}

import type { Finding } from '@/lib/detectors';
import { findingTypes } from '@/lib/detectors';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import type { TabStatus } from '@/lib/messages';

const labels = new Map(findingTypes().map((info) => [info.type, info.label]));

/** Findings as a list: type and position only, never the value. */
function Findings({ findings, testId }: { findings: readonly Finding[]; testId: string }) {
  const language = uiLanguage();

  return (
    <ul className="findings">
      {findings.map((finding) => (
        <li key={`${finding.start}-${finding.type}`} data-testid={testId} data-type={finding.type}>
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

/** Findings of the tab's last paste, and of what is typed in the composer now. */
export function FindingList({
  lastPaste,
  typingFindings = [],
}: {
  lastPaste: TabStatus['lastPaste'];
  typingFindings?: TabStatus['typingFindings'];
}) {
  const typing = typingFindings.length > 0 && (
    <>
      <h3>{t('typingFindingsHeading')}</h3>
      <Findings findings={typingFindings} testId="typing-finding" />
    </>
  );

  if (!lastPaste) return <>{typing || <p className="muted">{t('findingsNone')}</p>}</>;

  const pasted =
    lastPaste.findings.length === 0 ? (
      <p className="muted">{t('findingsClean')}</p>
    ) : (
      <Findings findings={lastPaste.findings} testId="finding" />
    );
  return (
    <>
      {pasted}
      {typing}
    </>
  );
}

import type { Finding } from '@/lib/detectors';
import { findingTypes } from '@/lib/detectors';
import { t, uiLanguage, type MessageKey } from '@/lib/i18n';
import type { TabStatus } from '@/lib/messages';
import { describePosition } from './finding-position';

const labels = new Map(findingTypes().map((info) => [info.type, info.label]));

interface FindingsProps {
  findings: readonly Finding[];
  testId: string;
  /** The text the findings were found in, when the panel has it: positions become lines. */
  text?: string;
}

/** Findings as a list: type and position only, never the value. */
function Findings({ findings, testId, text }: FindingsProps) {
  const language = uiLanguage();

  return (
    <ul className="findings">
      {findings.map((finding) => (
        <li key={`${finding.start}-${finding.type}`} data-testid={testId} data-type={finding.type}>
          <span className={`badge badge-${finding.category}`}>
            {t(`category_${finding.category}` as MessageKey)}
          </span>
          <strong>{labels.get(finding.type)?.[language] ?? finding.type}</strong>
          <span className="muted" data-testid="finding-position">
            {describePosition(finding, text)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Findings of the tab's last paste, and of what is typed in the composer now; until there
 * are any, what Ascent checks and that values are never shown.
 */
export function FindingList({
  lastPaste,
  typingFindings = [],
  composerText,
}: {
  lastPaste: TabStatus['lastPaste'];
  typingFindings?: TabStatus['typingFindings'];
  composerText?: string;
}) {
  if (!lastPaste && typingFindings.length === 0)
    return (
      <p className="muted" data-testid="findings-empty">
        {t('findingsNone')}
      </p>
    );

  return (
    <>
      {lastPaste && (
        <>
          <h3>{t('lastPasteHeading')}</h3>
          {lastPaste.findings.length === 0 ? (
            <p className="muted">{t('findingsClean')}</p>
          ) : (
            <Findings findings={lastPaste.findings} testId="finding" />
          )}
        </>
      )}
      {typingFindings.length > 0 && (
        <>
          <h3>{t('typingFindingsHeading')}</h3>
          <Findings findings={typingFindings} testId="typing-finding" text={composerText} />
        </>
      )}
    </>
  );
}

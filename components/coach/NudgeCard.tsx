import type { Nudge } from '@/lib/coaching/nudges';
import { t, type MessageKey } from '@/lib/i18n';

interface Props {
  nudge: Nudge;
  onDismiss: () => void;
  onLessOfThis: () => void;
}

/** One dismissible nudge with a "less of this" choice that sticks. */
export function NudgeCard({ nudge, onDismiss, onLessOfThis }: Props) {
  const title = t(`nudge_${nudge.moment.replaceAll('-', '_')}` as MessageKey);

  return (
    <aside
      className="nudge"
      aria-label={title}
      data-testid="nudge"
      data-moment={nudge.moment}
      data-nudge-id={nudge.id}
    >
      <strong>{title}</strong>
      {nudge.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <div className="nudge-actions">
        <button type="button" onClick={onDismiss}>
          {t('dismiss')}
        </button>
        <button type="button" className="link" onClick={onLessOfThis}>
          {t('nudgeLessOfThis')}
        </button>
      </div>
    </aside>
  );
}

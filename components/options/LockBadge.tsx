import { t } from '@/lib/i18n';

/** Marks a setting the organisation locked; the text is read out with the setting. */
export function LockBadge({ id }: { id?: string }) {
  return (
    <span id={id} className="lock-badge" data-testid="lock-badge">
      <span aria-hidden="true">🔒 </span>
      {t('lockedBadge')}
    </span>
  );
}

import { t } from '@/lib/i18n';
import { lastRefusedUpdateItem } from '@/lib/storage';
import { useSetting } from '../hooks/use-setting';

/** A short side-panel notice that the last pack update was refused; details are in options. */
export function PackRefusedNotice() {
  const [refused] = useSetting(lastRefusedUpdateItem);
  if (!refused) return null;

  return (
    <p role="status" className="notice bad" data-testid="panel-pack-refused">
      {t(
        'panelPackRefused',
        refused.packId ? `${refused.packId} ${refused.version ?? ''}`.trim() : refused.source,
      )}
    </p>
  );
}

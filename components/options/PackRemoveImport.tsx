import { useEffect, useRef, useState } from 'react';

import { t, type MessageKey } from '@/lib/i18n';
import type { PackInForce } from '@/lib/policy/pack-state';
import { isPackHeldByPolicy, removeImportedPack } from '@/lib/policy/remove-imported-pack';
import { LockBadge } from './LockBadge';

function describeRemoval(outcome: Awaited<ReturnType<typeof removeImportedPack>>): string {
  if (!outcome.removed) return t('packRemoveImportLocked');

  const { pack, source } = outcome.inForce;
  return t('packRemoveImportDone', [
    `${pack.name} (${pack.id})`,
    pack.version,
    t(`packSource_${source}` as MessageKey),
  ]);
}

/**
 * Removes an imported pack so the next source applies. Shown only while the imported pack is
 * in force; locked, like the settings above, while managed policy sets the pack.
 */
export function PackRemoveImport({ inForce }: { inForce: PackInForce | null | undefined }) {
  const [held, setHeld] = useState(true);
  const [result, setResult] = useState<string>();
  const resultRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void isPackHeldByPolicy().then(setHeld, () => setHeld(true));
  }, [inForce]);

  // The button disappears with the pack; focus moves to the confirmation, not to the page.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const remove = async () => setResult(describeRemoval(await removeImportedPack()));

  return (
    <div className="settings">
      {inForce?.source === 'file' && (
        <>
          <button
            type="button"
            data-testid="pack-remove-import"
            disabled={held}
            aria-describedby={held ? 'pack-remove-lock pack-remove-why' : undefined}
            onClick={() => void remove()}
          >
            {t('packRemoveImport')}
          </button>
          {held && <LockBadge id="pack-remove-lock" />}
          {held && (
            <p id="pack-remove-why" className="muted">
              {t('packRemoveImportLocked')}
            </p>
          )}
        </>
      )}
      <p role="status" ref={resultRef} tabIndex={-1} data-testid="pack-remove-import-result">
        {result}
      </p>
    </div>
  );
}

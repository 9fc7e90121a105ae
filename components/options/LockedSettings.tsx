import { t, type MessageKey } from '@/lib/i18n';
import type { EffectivePolicy } from '@/lib/policy/effective';
import { detectionEnabledSetting } from '@/lib/storage';
import { useSetting } from '../hooks/use-setting';
import { LockBadge } from './LockBadge';

type LockName = keyof EffectivePolicy['locks'];

/** Enforcement settings; what the managed pack locks is shown locked and cannot be changed. */
export function LockedSettings({ policy }: { policy: EffectivePolicy | undefined }) {
  const [enabled, setEnabled] = useSetting(detectionEnabledSetting);
  const locks = policy?.locks;
  const locked = locks ? (Object.keys(locks) as LockName[]).filter((name) => locks[name]) : [];
  const detectionLocked = locks?.detectionOff ?? false;

  return (
    <section aria-labelledby="locks-heading" className="settings" data-testid="locked-settings">
      <h2 id="locks-heading">{t('locksHeading')}</h2>
      <label className="check">
        <input
          type="checkbox"
          data-testid="detection-enabled"
          checked={detectionLocked || (enabled ?? true)}
          disabled={detectionLocked}
          aria-describedby={detectionLocked ? 'detection-lock' : undefined}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        {t('detectionEnabledLabel')}
        {detectionLocked && <LockBadge id="detection-lock" />}
      </label>

      {locked.length === 0 ? (
        <p className="muted">{t('noLocks')}</p>
      ) : (
        <>
          <h3>{t('locksListHeading')}</h3>
          <ul data-testid="lock-list">
            {locked.map((name) => (
              <li key={name} data-lock={name}>
                {t(`lock_${name}` as MessageKey)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

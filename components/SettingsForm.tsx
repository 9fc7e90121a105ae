import { defaultRole } from '@/lib/coaching/roles';
import { t } from '@/lib/i18n';
import { debugLoggingSetting, roleSetting } from '@/lib/storage';
import { useSetting } from './hooks/use-setting';
import { RoleSelect } from './RoleSelect';

/** The user's own settings; shared by the side panel and the options page. */
export function SettingsForm() {
  const [role, setRole] = useSetting(roleSetting);
  const [debug, setDebug] = useSetting(debugLoggingSetting);

  return (
    <section aria-labelledby="settings-heading" className="settings">
      <h2 id="settings-heading">{t('settingsHeading')}</h2>
      <label htmlFor="settings-role">{t('roleLabel')}</label>
      <RoleSelect id="settings-role" value={role ?? defaultRole} onChange={setRole} />

      <label className="check">
        <input
          type="checkbox"
          checked={debug ?? false}
          onChange={(event) => setDebug(event.target.checked)}
        />
        {t('debugLogging')}
      </label>
    </section>
  );
}

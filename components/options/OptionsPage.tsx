import { t } from '@/lib/i18n';
import { SettingsForm } from '../SettingsForm';
import { AuditExport } from './AuditExport';
import { CritiqueSettings } from './CritiqueSettings';
import { LockedSettings } from './LockedSettings';
import { PackImport } from './PackImport';
import { PackRemoveImport } from './PackRemoveImport';
import { PackStatus } from './PackStatus';
import { PackUrlSetting } from './PackUrlSetting';
import { usePolicy } from './use-policy';
import { packInForceItem } from '@/lib/storage';
import { useSetting } from '../hooks/use-setting';

/** The options page: the user's settings, the policy pack's status and sources, the audit log. */
export function OptionsPage() {
  const policy = usePolicy();
  const [inForce] = useSetting(packInForceItem);

  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <SettingsForm />
      <LockedSettings policy={policy} />
      <PackStatus />
      <PackImport />
      <PackRemoveImport inForce={inForce} />
      <PackUrlSetting managed={inForce?.source === 'managed'} />
      <CritiqueSettings />
      <AuditExport />
    </main>
  );
}

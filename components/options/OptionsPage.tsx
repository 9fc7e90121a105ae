import { t } from '@/lib/i18n';
import { packInForceItem } from '@/lib/storage';
import { useSetting } from '../hooks/use-setting';
import { SettingsForm } from '../SettingsForm';
import { AuditExport } from './AuditExport';
import { CritiqueSettings } from './CritiqueSettings';
import { LockedSettings } from './LockedSettings';
import { PackImport } from './PackImport';
import { PackRemoveImport } from './PackRemoveImport';
import { PackStatus } from './PackStatus';
import { PackUrlSetting } from './PackUrlSetting';
import { usePolicy } from './use-policy';

/**
 * The options page: the user's settings, the policy pack's status and sources, the audit log.
 * One h1; every part is a section under its own h2, so the outline reads as a table of contents.
 */
export function OptionsPage() {
  const policy = usePolicy();
  const [inForce] = useSetting(packInForceItem);

  return (
    <main className="options">
      {/* React 19 moves a rendered <title> into the document head. */}
      <title>{t('optionsTitle')}</title>
      <h1>{t('optionsTitle')}</h1>
      <SettingsForm />
      <LockedSettings policy={policy} />
      <PackStatus />
      <section aria-labelledby="pack-sources-heading" className="settings">
        <h2 id="pack-sources-heading">{t('packSourcesHeading')}</h2>
        <PackImport />
        <PackRemoveImport inForce={inForce} />
        <PackUrlSetting managed={inForce?.source === 'managed'} />
      </section>
      <CritiqueSettings />
      <AuditExport />
    </main>
  );
}

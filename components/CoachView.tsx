import type { RoleId } from '@/lib/coaching/roles';
import { roleMessageKey, t } from '@/lib/i18n';
import type { TabView } from '@/lib/tab-target';
import { FindingList } from './FindingList';
import { TabStatusCard } from './TabStatusCard';
import { TipList } from './TipList';

/** The coach tab: the target tab's status, the role, its tips and the last paste's findings. */
export function CoachView({ view, role }: { view: TabView; role: RoleId }) {
  const tool = view.kind === 'status' ? view.status.tool.id : '';

  return (
    <>
      <TabStatusCard view={view} />
      <p className="role-line">
        {t('roleLabel')}: <strong data-testid="role">{t(roleMessageKey(role))}</strong>
      </p>
      <TipList role={role} tool={tool} />
      {view.kind === 'status' && (
        <section aria-labelledby="findings-heading">
          <h2 id="findings-heading">{t('findingsHeading')}</h2>
          <FindingList lastPaste={view.status.lastPaste} />
        </section>
      )}
    </>
  );
}

import type { RoleId } from '@/lib/coaching/roles';
import { roleMessageKey, t } from '@/lib/i18n';
import type { TabView } from '@/lib/tab-target';
import { CritiquePanel } from './coach/CritiquePanel';
import { LiveScore } from './coach/LiveScore';
import { NudgeCard } from './coach/NudgeCard';
import { TemplateLibrary } from './coach/TemplateLibrary';
import { useCoach } from './coach/use-coach';
import { FindingList } from './FindingList';
import { TabStatusCard } from './TabStatusCard';
import { TipList } from './TipList';

/**
 * The coach tab: the target tab's status, the role, a nudge when one is due, the live score
 * of the prompt being written, tips, templates, the optional critique and the last paste.
 */
export function CoachView({ view, role }: { view: TabView; role: RoleId }) {
  const tool = view.kind === 'status' ? view.status.tool.id : '';
  const tabId = view.kind === 'status' ? view.tabId : undefined;
  const coach = useCoach(role, tool, tabId);
  const { nudge, dismiss, lessOfThis } = coach.nudges;

  return (
    <>
      <TabStatusCard view={view} />
      <p className="role-line">
        {t('roleLabel')}: <strong data-testid="role">{t(roleMessageKey(role))}</strong>
      </p>
      {nudge && (
        <NudgeCard nudge={nudge} onDismiss={dismiss} onLessOfThis={() => void lessOfThis()} />
      )}
      {tabId !== undefined && <LiveScore analysis={coach.analysis} />}
      <TipList role={role} tool={tool} taskKind={coach.analysis?.taskKind} tips={coach.tips} />
      <TemplateLibrary role={role} templates={coach.templates} tabId={tabId} />
      {tabId !== undefined && (
        <CritiquePanel role={role} text={coach.text} pack={coach.pack} tabId={tabId} />
      )}
      {view.kind === 'status' && (
        <section aria-labelledby="findings-heading">
          <h2 id="findings-heading">{t('findingsHeading')}</h2>
          <FindingList
            lastPaste={view.status.lastPaste}
            typingFindings={view.status.typingFindings}
            composerText={coach.text}
          />
        </section>
      )}
    </>
  );
}

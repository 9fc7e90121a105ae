import { t, type MessageKey } from '@/lib/i18n';
import { siteAdapters } from '@/lib/sites';
import { currentBrowser, isUnavailableHere } from '@/lib/sites/availability';
import type { TabView } from '@/lib/tab-target';
import { NoToolCard } from './PackHostAccess';
import { SitePauseButton } from './SitePauseButton';

const composerText: Record<string, MessageKey> = {
  attached: 'composerAttached',
  searching: 'composerSearching',
  'not-attached': 'composerNotAttached',
  paused: 'composerPaused',
};

function toolIdFor(name: string): string | undefined {
  return siteAdapters.find((site) => site.name === name)?.id;
}

/** A status card row set: tool name, then the composer state with its reason. */
function StatusCard(props: {
  toolName: string;
  state: string;
  good: boolean;
  label: MessageKey;
  reason?: MessageKey;
}) {
  return (
    <dl className="card status" data-testid="tab-status" data-composer={props.state}>
      <dt>{t('toolLabel')}</dt>
      <dd data-testid="tool-name">{props.toolName}</dd>
      <dt>{t('composerLabel')}</dt>
      <dd data-testid="composer-state" className={props.good ? 'state-good' : 'state-bad'}>
        {t(props.label)}
        {props.reason && <span className="reason">{t(props.reason)}</span>}
      </dd>
    </dl>
  );
}

/**
 * The tool in the target tab and whether Ascent really covers it: attached, not attached
 * (with the reason), paused, or unavailable where the browser keeps extensions out. Where
 * Ascent runs, the user can pause it on the site unless the organisation locks that.
 */
export function TabStatusCard({ view }: { view: TabView }) {
  if (view.kind === 'no-tool') return <NoToolCard tabId={view.tabId} />;

  const toolName = view.kind === 'status' ? view.status.tool.name : view.toolName;
  const toolId = view.kind === 'status' ? view.status.tool.id : toolIdFor(view.toolName);
  if (toolId && isUnavailableHere(toolId, currentBrowser())) {
    const reason = 'composerUnavailableReason';
    return (
      <StatusCard
        toolName={toolName}
        state="unavailable"
        good={false}
        label="composerUnavailable"
        reason={reason}
      />
    );
  }

  if (view.kind === 'no-content-script') {
    return (
      <StatusCard toolName={toolName} state="not-attached" good={false} label="noContentScript" />
    );
  }

  const { composer } = view.status;
  const reason = composer === 'not-attached' ? 'composerNotAttachedReason' : undefined;
  return (
    <>
      <StatusCard
        toolName={toolName}
        state={composer}
        good={composer === 'attached'}
        label={composerText[composer] ?? 'composerNotAttached'}
        reason={reason}
      />
      <SitePauseButton tabId={view.tabId} toolId={view.status.tool.id} />
    </>
  );
}

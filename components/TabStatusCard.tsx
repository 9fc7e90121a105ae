import { t, type MessageKey } from '@/lib/i18n';
import type { TabView } from '@/lib/tab-target';

const composerText: Record<string, MessageKey> = {
  attached: 'composerAttached',
  searching: 'composerSearching',
  'not-attached': 'composerNotAttached',
};

/** The tool in the target tab and whether Ascent is really attached to its composer. */
export function TabStatusCard({ view }: { view: TabView }) {
  if (view.kind === 'no-tool') return <p className="card muted">{t('noToolTab')}</p>;

  if (view.kind === 'no-content-script') {
    return (
      <dl className="card status" data-testid="tab-status" data-composer="not-attached">
        <dt>{t('toolLabel')}</dt>
        <dd data-testid="tool-name">{view.toolName}</dd>
        <dt>{t('composerLabel')}</dt>
        <dd className="state-bad">{t('noContentScript')}</dd>
      </dl>
    );
  }

  const { tool, composer } = view.status;
  return (
    <dl className="card status" data-testid="tab-status" data-composer={composer}>
      <dt>{t('toolLabel')}</dt>
      <dd data-testid="tool-name">{tool.name}</dd>
      <dt>{t('composerLabel')}</dt>
      <dd
        data-testid="composer-state"
        className={composer === 'attached' ? 'state-good' : 'state-bad'}
      >
        {t(composerText[composer] ?? 'composerNotAttached')}
        {composer === 'not-attached' && (
          <span className="reason">{t('composerNotAttachedReason')}</span>
        )}
      </dd>
    </dl>
  );
}

import { useState, type KeyboardEvent } from 'react';

import { t, type MessageKey } from '@/lib/i18n';
import { onboardedSetting, roleSetting } from '@/lib/storage';
import { CoachView } from './CoachView';
import { useSetting } from './hooks/use-setting';
import { useTabView } from './hooks/use-tab-view';
import { Onboarding } from './Onboarding';
import { ProgressView } from './ProgressView';
import { PackRefusedNotice } from './options/PackRefusedNotice';
import { SettingsForm } from './SettingsForm';

type TabId = 'coach' | 'progress' | 'settings';

const tabs: { id: TabId; label: MessageKey }[] = [
  { id: 'coach', label: 'tabCoach' },
  { id: 'progress', label: 'tabProgress' },
  { id: 'settings', label: 'tabSettings' },
];

const arrowSteps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1 };

/** The tab that arrow keys, Home and End move to, as screen readers announce a tab list. */
function tabAfterKey(key: string, current: TabId): TabId | undefined {
  const index = tabs.findIndex((tab) => tab.id === current);
  if (key === 'Home') return tabs[0]!.id;
  if (key === 'End') return tabs.at(-1)!.id;

  const step = arrowSteps[key];
  return step === undefined ? undefined : tabs[(index + step + tabs.length) % tabs.length]!.id;
}

/** The side panel: first-run screen, then coach, progress and settings tabs. */
export function SidePanel() {
  const [onboarded, setOnboarded] = useSetting(onboardedSetting);
  const [role, setRole] = useSetting(roleSetting);
  const [current, setCurrent] = useState<TabId>('coach');
  const view = useTabView();

  if (onboarded === undefined || role === undefined) return <p className="muted">{t('loading')}</p>;

  if (!onboarded) {
    return (
      <Onboarding
        onDone={(chosen) => {
          setRole(chosen);
          setOnboarded(true);
        }}
      />
    );
  }

  // Every tab also stays on the Tab key's path: the arrows are a shortcut, not the only way.
  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabAfterKey(event.key, current);
    if (!next) return;

    event.preventDefault();
    setCurrent(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <>
      <nav className="tabs" role="tablist" aria-label={t('panelTitle')} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={current === tab.id}
            // Only the chosen tab's panel exists; pointing at an absent one misleads.
            aria-controls={current === tab.id ? `panel-${tab.id}` : undefined}
            onClick={() => setCurrent(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </nav>
      <main role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`}>
        <PackRefusedNotice />
        {current === 'coach' &&
          (view ? <CoachView view={view} role={role} /> : <p className="muted">{t('loading')}</p>)}
        {current === 'progress' && <ProgressView />}
        {current === 'settings' && <SettingsForm />}
      </main>
    </>
  );
}

import { useState } from 'react';

import { t, type MessageKey } from '@/lib/i18n';
import { onboardedSetting, roleSetting } from '@/lib/storage';
import { CoachView } from './CoachView';
import { useSetting } from './hooks/use-setting';
import { useTabView } from './hooks/use-tab-view';
import { Onboarding } from './Onboarding';
import { ProgressView } from './ProgressView';
import { PackRefusedNotice } from './options/PackRefusedNotice';
import { SettingsForm } from './SettingsForm';

const tabs: { id: 'coach' | 'progress' | 'settings'; label: MessageKey }[] = [
  { id: 'coach', label: 'tabCoach' },
  { id: 'progress', label: 'tabProgress' },
  { id: 'settings', label: 'tabSettings' },
];

/** The side panel: first-run screen, then coach, progress and settings tabs. */
export function SidePanel() {
  const [onboarded, setOnboarded] = useSetting(onboardedSetting);
  const [role, setRole] = useSetting(roleSetting);
  const [current, setCurrent] = useState<(typeof tabs)[number]['id']>('coach');
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

  return (
    <>
      <nav className="tabs" role="tablist" aria-label={t('panelTitle')}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={current === tab.id}
            aria-controls={`panel-${tab.id}`}
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

import { useState } from 'react';

import { defaultRole, type RoleId } from '@/lib/coaching/roles';
import { t } from '@/lib/i18n';
import { RoleSelect } from './RoleSelect';

interface Props {
  onDone: (role: RoleId) => void;
}

/** First open: asks for the role and says plainly what Ascent keeps and what never leaves. */
export function Onboarding({ onDone }: Props) {
  const [role, setRole] = useState<RoleId>(defaultRole);

  return (
    <section className="card" aria-labelledby="onboarding-title">
      <h1 id="onboarding-title">{t('onboardingTitle')}</h1>
      <ul className="privacy" data-testid="privacy-lines">
        <li>{t('onboardingStores1')}</li>
        <li>{t('onboardingStores2')}</li>
        <li>{t('onboardingStores3')}</li>
      </ul>

      <label htmlFor="onboarding-role">{t('onboardingRolePrompt')}</label>
      <RoleSelect id="onboarding-role" value={role} onChange={setRole} />

      <button type="button" className="primary" onClick={() => onDone(role)}>
        {t('onboardingStart')}
      </button>
    </section>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import '@/components/panel.css';
import { SettingsForm } from '@/components/SettingsForm';
import { followDebugLogging } from '@/lib/storage';

void followDebugLogging();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SettingsForm />
  </StrictMode>,
);

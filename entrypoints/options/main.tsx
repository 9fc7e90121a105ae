import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import '@/components/panel.css';
import { OptionsPage } from '@/components/options/OptionsPage';
import { followDebugLogging } from '@/lib/storage';

void followDebugLogging();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsPage />
  </StrictMode>,
);

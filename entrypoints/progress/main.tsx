import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import '@/components/panel.css';
import { ProgressPage } from '@/components/progress/ProgressPage';
import { followDebugLogging } from '@/lib/storage';

void followDebugLogging();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ProgressPage />
  </StrictMode>,
);

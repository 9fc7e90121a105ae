import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import '@/components/panel.css';
import { ProgressView } from '@/components/ProgressView';
import { followDebugLogging } from '@/lib/storage';

void followDebugLogging();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main className="page">
      <h1>Ascent</h1>
      <ProgressView fullPage />
    </main>
  </StrictMode>,
);

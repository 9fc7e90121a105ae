import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import '@/components/panel.css';
import { SidePanel } from '@/components/SidePanel';
import { followDebugLogging } from '@/lib/storage';

void followDebugLogging();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanel />
  </StrictMode>,
);

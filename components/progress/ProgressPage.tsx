import { t } from '@/lib/i18n';
import { ProgressView } from '../ProgressView';

/** The progress panel as a page of its own, opened from the side panel. */
export function ProgressPage() {
  return (
    <main className="page">
      {/* React 19 moves a rendered <title> into the document head. */}
      <title>{t('progressPageTitle')}</title>
      <h1>{t('progressPageTitle')}</h1>
      <ProgressView fullPage />
    </main>
  );
}

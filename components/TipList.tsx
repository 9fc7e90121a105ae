import type { RoleId } from '@/lib/coaching/roles';
import { selectTips } from '@/lib/coaching/tips';
import { t, uiLanguage } from '@/lib/i18n';

/** Three tips for the user's role and the tool in front of them. */
export function TipList({ role, tool }: { role: RoleId; tool: string }) {
  const language = uiLanguage();
  const tips = selectTips({ role, tool, count: 3 });

  return (
    <section aria-labelledby="tips-heading">
      <h2 id="tips-heading">{t('tipsHeading')}</h2>
      <ul className="tips">
        {tips.map((tip) => (
          <li key={tip.id} data-testid="tip" data-tip-id={tip.id}>
            {tip.text[language]}
          </li>
        ))}
      </ul>
    </section>
  );
}

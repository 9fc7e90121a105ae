import type { RoleId, TaskKind } from '@/lib/coaching/roles';
import { selectTips, type Tip } from '@/lib/coaching/tips';
import { builtInTips } from '@/lib/coaching/tips-data';
import { t, uiLanguage } from '@/lib/i18n';

interface Props {
  role: RoleId;
  tool: string;
  /** The task kind of the prompt being written, once there is one. */
  taskKind?: TaskKind;
  /** Built-in tips with the pack's; the built-in ones alone by default. */
  tips?: readonly Tip[];
}

/** Three tips for the user's role, the tool in front of them and the task at hand. */
export function TipList({ role, tool, taskKind, tips = builtInTips }: Props) {
  const language = uiLanguage();
  const selected = selectTips({ role, tool, taskKind, count: 3 }, tips);

  return (
    <section aria-labelledby="tips-heading">
      <h2 id="tips-heading">{t('tipsHeading')}</h2>
      <ul className="tips">
        {selected.map((tip) => (
          <li key={tip.id} data-testid="tip" data-tip-id={tip.id} data-level={tip.level}>
            {tip.text[language]}
          </li>
        ))}
      </ul>
    </section>
  );
}

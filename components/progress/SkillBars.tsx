import { t, type MessageKey } from '@/lib/i18n';
import { levelIds } from '@/lib/coaching/roles';
import { skillLabels } from '@/lib/progress/skill-ids';
import type { SkillValue } from '@/lib/progress/skill-model';
import { levelName, local, percentOf } from './text';

const trendMark = { rising: '↑', steady: '→', falling: '↓' } as const;

function SkillBar({ skill }: { skill: SkillValue }) {
  const label = local(skillLabels[skill.id]);
  const value = Math.round(skill.value * 100);

  return (
    <li className="skill" data-testid="skill" data-skill={skill.id} data-value={value}>
      <span className="skill-label">{label}</span>
      <meter min={0} max={100} value={value} aria-label={label} />
      <span className="skill-value">
        {percentOf(skill.value)}{' '}
        <span
          title={t(`trend_${skill.trend}` as MessageKey)}
          aria-label={t(`trend_${skill.trend}` as MessageKey)}
        >
          {trendMark[skill.trend]}
        </span>
      </span>
    </li>
  );
}

/** One bar per skill, grouped by the level that introduces it. */
export function SkillBars({ skills }: { skills: readonly SkillValue[] }) {
  return (
    <section aria-labelledby="skills-heading">
      <h2 id="skills-heading">{t('skillsHeading')}</h2>
      {levelIds.map((level) => (
        <div key={level}>
          <h3>{levelName(level)}</h3>
          <ul className="skills">
            {skills
              .filter((skill) => skill.level === level)
              .map((skill) => (
                <SkillBar key={skill.id} skill={skill} />
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

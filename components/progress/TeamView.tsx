import { useState, type ChangeEvent } from 'react';

import { t } from '@/lib/i18n';
import { levelIds } from '@/lib/coaching/roles';
import type { ProgressOverview } from '@/lib/progress/overview';
import { skillLabels } from '@/lib/progress/skill-ids';
import {
  parseSummary,
  summarise,
  summaryToCsv,
  teamDistribution,
  type ProgressSummary,
} from '@/lib/progress/summary-file';
import { download, levelName, local } from './text';

/** Download this learner's anonymised summary, as JSON or CSV. */
function ShareSummary({ overview }: { overview: ProgressOverview }) {
  const save = (format: 'json' | 'csv') => {
    const summary = summarise(overview, Date.now());
    const content = format === 'json' ? JSON.stringify(summary, null, 2) : summaryToCsv(summary);
    download(`ascent-summary-${summary.date}.${format}`, content, `text/${format}`);
  };

  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summaryHeading')}</h2>
      <p className="muted">{t('summaryIntro')}</p>
      <button type="button" onClick={() => save('json')}>
        {t('summaryJson')}
      </button>{' '}
      <button type="button" onClick={() => save('csv')}>
        {t('summaryCsv')}
      </button>
    </section>
  );
}

interface Opened {
  summaries: ProgressSummary[];
  refused: { name: string; problem: string }[];
}

async function readFiles(files: readonly File[]): Promise<Opened> {
  const opened: Opened = { summaries: [], refused: [] };
  for (const file of files) {
    const parsed = parseSummary(await file.text());
    if (typeof parsed === 'string') opened.refused.push({ name: file.name, problem: parsed });
    else opened.summaries.push(parsed);
  }

  return opened;
}

function Distribution({ summaries }: { summaries: readonly ProgressSummary[] }) {
  const team = teamDistribution(summaries);

  return (
    <div data-testid="team-distribution">
      <p>{t('teamPeople', String(team.people))}</p>
      <h3>{t('teamLevels')}</h3>
      <ul className="skills">
        {levelIds.map((level) => (
          <li key={level} className="skill" data-level={level} data-count={team.levels[level]}>
            <span className="skill-label">{levelName(level)}</span>
            <meter min={0} max={team.people} value={team.levels[level]} />
            <span className="skill-value">{team.levels[level]}</span>
          </li>
        ))}
      </ul>
      <h3>{t('teamSkills')}</h3>
      <ul className="skills">
        {team.skills.map((skill) => (
          <li key={skill.id} className="skill">
            <span className="skill-label">{local(skillLabels[skill.id])}</span>
            <meter min={0} max={100} value={skill.average} />
            <span className="skill-value">{skill.average}%</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The learner's own summary to share, and the team's distribution from shared files. */
export function TeamView({ overview }: { overview: ProgressOverview }) {
  const [opened, setOpened] = useState<Opened>();

  const open = (event: ChangeEvent<HTMLInputElement>) => {
    void readFiles([...(event.target.files ?? [])]).then(setOpened);
  };

  return (
    <>
      <ShareSummary overview={overview} />
      <section aria-labelledby="team-heading">
        <h2 id="team-heading">{t('progressTeam')}</h2>
        <p className="muted">{t('teamIntro')}</p>
        <label htmlFor="team-files">{t('teamOpen')}</label>
        <input id="team-files" type="file" multiple accept=".json,.csv" onChange={open} />
        {opened?.refused.map(({ name, problem }) => (
          <p key={name} role="alert">
            {t('teamFileRefused', [name, problem])}
          </p>
        ))}
        {opened && opened.summaries.length > 0 ? (
          <Distribution summaries={opened.summaries} />
        ) : (
          <p className="muted">{t('teamEmpty')}</p>
        )}
      </section>
    </>
  );
}

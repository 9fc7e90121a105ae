import { useMemo, useState } from 'react';

import type { RoleId } from '@/lib/coaching/roles';
import { findTemplates, type Template } from '@/lib/coaching/templates';
import { t, uiLanguage } from '@/lib/i18n';
import { insertIntoTab } from './insert-into-tab';

interface Props {
  role: RoleId;
  templates: readonly Template[];
  tabId: number | undefined;
}

type Status = { tone: 'ok' | 'error'; text: string } | null;

/** Searchable templates for the role; one click puts a template into the composer. */
export function TemplateLibrary({ role, templates, tabId }: Props) {
  const language = uiLanguage();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const found = useMemo(
    () => findTemplates(templates, { role, language, search }),
    [templates, role, language, search],
  );

  const insert = async (template: Template) => {
    if (tabId === undefined) return setStatus({ tone: 'error', text: t('insertNoTab') });

    const answer = await insertIntoTab(tabId, template.prompt[language], template.id);
    setStatus(
      answer.ok
        ? { tone: 'ok', text: t('templateInserted') }
        : { tone: 'error', text: t('insertFailed', answer.reason) },
    );
  };

  return (
    <section aria-labelledby="templates-heading" className="templates">
      <h2 id="templates-heading">{t('templatesHeading')}</h2>
      <input
        type="search"
        aria-label={t('templatesSearch')}
        placeholder={t('templatesSearch')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {status && (
        <p role="status" className={status.tone === 'error' ? 'error' : 'muted'}>
          {status.text}
        </p>
      )}
      {found.length === 0 && <p className="muted">{t('templatesEmpty')}</p>}
      <ul className="template-list">
        {found.map((template) => (
          <li key={template.id} data-testid="template" data-template-id={template.id}>
            <span>
              {template.title[language]}
              {template.fromPack && <em className="muted"> · {t('templateFromPack')}</em>}
            </span>
            <button
              type="button"
              onClick={() => void insert(template)}
              aria-label={t('templateInsertNamed', template.title[language])}
            >
              {t('templateInsert')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { packText, type PackCoaching } from './pack-coaching';
import type { RoleId, TaskKind } from './roles';
import type { Language } from './tips';

/** A prompt to start from; empty `roles` means "for anyone". */
export interface Template {
  id: string;
  roles: RoleId[];
  taskKind: TaskKind;
  title: Record<Language, string>;
  prompt: Record<Language, string>;
  /** Approved by the organisation (from the pack) rather than built in. */
  fromPack: boolean;
}

/** The pack's approved templates in the shape of built-in ones. */
export function fromPack(pack: PackCoaching): Template[] {
  return pack.templates.map((template) => ({
    id: template.id,
    roles: template.roles ?? [],
    taskKind: template.taskKind ?? 'other',
    title: { en: template.title.en, nl: packText(template.title, 'nl') },
    prompt: { en: template.prompt.en, nl: packText(template.prompt, 'nl') },
    fromPack: true,
  }));
}

/** Lower case without accents, so "resume" finds "résumé" and "e-mail" finds "email". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, '');
}

function matches(template: Template, words: string[], language: Language): boolean {
  const haystack = fold(
    `${template.title[language]} ${template.prompt[language]} ${template.taskKind}`,
  );
  return words.every((word) => haystack.includes(word));
}

export interface TemplateQuery {
  role: RoleId;
  language: Language;
  search?: string;
}

/**
 * Templates for a role, the organisation's first, then the role's own, then those for
 * anyone; a search keeps the ones whose title, prompt or task kind hold every word.
 */
export function findTemplates(templates: readonly Template[], query: TemplateQuery): Template[] {
  const words = fold(query.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const rank = (template: Template) =>
    (template.fromPack ? 0 : 2) + (template.roles.length > 0 ? 0 : 1);

  return templates
    .filter((template) => template.roles.length === 0 || template.roles.includes(query.role))
    .filter((template) => matches(template, words, query.language))
    .map((template, index) => ({ template, index }))
    .sort((a, b) => rank(a.template) - rank(b.template) || a.index - b.index)
    .map((entry) => entry.template);
}

/** Built-in templates with the pack's approved ones; a pack template replaces one of the same id. */
export function withPackTemplates(builtIn: readonly Template[], pack: PackCoaching): Template[] {
  const approved = fromPack(pack);
  const ids = new Set(approved.map((template) => template.id));

  return [...approved, ...builtIn.filter((template) => !ids.has(template.id))];
}

import { describe, expect, it } from 'vitest';

import { analyzePrompt } from '@/lib/coaching/analyzer';
import { readPackCoaching } from '@/lib/coaching/pack-coaching';
import { roleIds } from '@/lib/coaching/roles';
import { findTemplates, withPackTemplates } from '@/lib/coaching/templates';
import { builtInTemplates } from '@/lib/coaching/templates-data';

const pack = readPackCoaching({
  pack: {
    team: {
      templates: [
        {
          id: 'acme-incident',
          title: { en: 'Incident summary', nl: 'Samenvatting incident' },
          roles: ['software-engineer'],
          taskKind: 'summarising',
          prompt: { en: 'Summarise this incident for the Acme status page.' },
        },
        {
          id: 'general-email',
          title: { en: 'Acme e-mail' },
          prompt: { en: 'Acme house style e-mail.' },
        },
      ],
    },
  },
});

describe('templates', () => {
  it.each(roleIds)('offers %s templates of its own in both languages', (role) => {
    const own = findTemplates(builtInTemplates, { role, language: 'en' });

    expect(own.length).toBeGreaterThanOrEqual(3);
    for (const template of own) {
      expect(template.prompt.nl).not.toBe(template.prompt.en);
      expect(template.title.nl.length).toBeGreaterThan(3);
    }
  });

  it('only offers templates for the role or for anyone', () => {
    const found = findTemplates(builtInTemplates, { role: 'teacher', language: 'en' });

    expect(
      found.every((template) => template.roles.length === 0 || template.roles.includes('teacher')),
    ).toBe(true);
    expect(found[0]!.roles).toContain('teacher');
  });

  it('finds templates by every word of a search, ignoring case and accents', () => {
    const found = findTemplates(builtInTemplates, {
      role: 'legal',
      language: 'nl',
      search: 'CLAUSULE beoordelen',
    });

    expect(found.map((template) => template.id)).toEqual(['legal-clause-review']);
    expect(
      findTemplates(builtInTemplates, { role: 'legal', language: 'en', search: 'zzz' }),
    ).toEqual([]);
  });

  it('puts the pack’s approved templates first and lets them replace a built-in one', () => {
    const all = withPackTemplates(builtInTemplates, pack);
    const found = findTemplates(all, { role: 'software-engineer', language: 'nl' });

    expect(found[0]!.id).toBe('acme-incident');
    expect(found[0]!.fromPack).toBe(true);
    expect(found[0]!.prompt.nl).toBe('Summarise this incident for the Acme status page.');
    expect(all.filter((template) => template.id === 'general-email')).toHaveLength(1);
    expect(all.find((template) => template.id === 'general-email')!.prompt.en).toBe(
      'Acme house style e-mail.',
    );
  });

  it('makes every built-in template score well above the bare request it stands for', () => {
    for (const template of builtInTemplates) {
      for (const lang of ['en', 'nl'] as const) {
        const role = template.roles[0] ?? 'general';
        const filled = analyzePrompt(template.prompt[lang], { role, lang }).score;
        const bare = analyzePrompt(template.title[lang], { role, lang }).score;

        expect(filled, `${template.id} ${lang}`).toBeGreaterThanOrEqual(bare + 20);
      }
    }
  });
});

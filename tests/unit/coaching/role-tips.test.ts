import { describe, expect, it } from 'vitest';

import { analyzePrompt } from '@/lib/coaching/analyzer';
import { noPackCoaching, readPackCoaching } from '@/lib/coaching/pack-coaching';
import { levelIds, roleIds } from '@/lib/coaching/roles';
import { selectTips } from '@/lib/coaching/tips';
import { builtInTips } from '@/lib/coaching/tips-data';
import { withPackTips } from '@/lib/coaching/tips-pack';

const pack = readPackCoaching({
  pack: {
    id: 'acme',
    team: {
      tips: [
        { id: 'engineer-no-secrets', text: { en: 'Use the Acme vault, never paste keys.' } },
        {
          id: 'acme-sandbox',
          roles: ['hr'],
          text: { en: 'Try ideas in the Acme sandbox.', nl: 'Probeer ideeën in de Acme-sandbox.' },
        },
      ],
    },
    pointOfView: [
      {
        role: 'legal',
        aiShould: [{ en: 'Draft first versions.' }],
        aiMustNot: [{ en: 'Give final advice.' }],
      },
    ],
  },
});

describe('role tips', () => {
  it.each(roleIds)('gives %s at least ten tips of its own in English and Dutch', (role) => {
    const own = builtInTips.filter((tip) => tip.roles.includes(role));

    expect(own.length).toBeGreaterThanOrEqual(10);
    for (const tip of own) {
      expect(tip.text.en.trim(), tip.id).not.toBe('');
      expect(tip.text.nl.trim(), tip.id).not.toBe('');
      expect(tip.text.nl, tip.id).not.toBe(tip.text.en);
    }
  });

  it.each(roleIds)('maps the tips of %s to the levels of the climb', (role) => {
    const levels = new Set(
      builtInTips.filter((tip) => tip.roles.includes(role)).map((tip) => tip.level),
    );

    for (const level of ['foundation', 'organisation', 'durable-skills', 'breakthrough']) {
      expect(levels, `${role} ${level}`).toContain(level);
    }
    expect([...levels].every((level) => (levelIds as readonly string[]).includes(level))).toBe(
      true,
    );
  });

  it('picks tips for the task kind when one is known', () => {
    const tips = selectTips({ role: 'data-analyst', tool: 'chatgpt', taskKind: 'analysis' });

    expect(tips[0]!.taskKinds).toContain('analysis');
  });

  it('gives different roles different tips and suggestions for the same prompt', () => {
    const prompt = 'Write something about our new product.';
    const marketing = analyzePrompt(prompt, { role: 'marketing', lang: 'en' });
    const engineer = analyzePrompt(prompt, { role: 'software-engineer', lang: 'en' });
    const tipsFor = (role: 'marketing' | 'software-engineer') =>
      selectTips({ role, tool: 'chatgpt', taskKind: marketing.taskKind }).map((tip) => tip.id);

    expect(tipsFor('marketing')).not.toEqual(tipsFor('software-engineer'));
    expect(marketing.suggestions.map((s) => s.text)).not.toEqual(
      engineer.suggestions.map((s) => s.text),
    );
  });
});

describe('pack tips', () => {
  it('leaves the built-in tips alone without a pack', () => {
    expect(withPackTips(builtInTips, noPackCoaching)).toEqual(builtInTips);
  });

  it('overrides a built-in tip of the same id', () => {
    const tips = withPackTips(builtInTips, pack);
    const overridden = tips.filter((tip) => tip.id === 'engineer-no-secrets');

    expect(overridden).toHaveLength(1);
    expect(overridden[0]!.text).toEqual({
      en: 'Use the Acme vault, never paste keys.',
      nl: 'Use the Acme vault, never paste keys.',
    });
  });

  it('adds team tips and the point of view for the roles they name', () => {
    const tips = withPackTips(builtInTips, pack);

    expect(selectTips({ role: 'hr', tool: 'chatgpt' }, tips)[0]!.id).toBe('acme-sandbox');
    const legal = selectTips({ role: 'legal', tool: 'chatgpt', count: 2 }, tips);
    expect(legal.map((tip) => tip.text.en)).toEqual([
      'Draft first versions.',
      'Give final advice.',
    ]);
    expect(
      selectTips({ role: 'sales', tool: 'chatgpt', count: 50 }, tips).map((tip) => tip.id),
    ).not.toContain('acme-sandbox');
  });

  it('skips an unreadable pack tip and keeps the rest', () => {
    const partial = readPackCoaching({
      team: { tips: [{ id: 'x' }, { id: 'ok', text: { en: 'Fine tip.' } }] },
    });

    expect(partial.tips.map((tip) => tip.id)).toEqual(['ok']);
  });
});

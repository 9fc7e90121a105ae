import { describe, expect, it } from 'vitest';

import { roleIds } from '@/lib/coaching/roles';
import { selectTips } from '@/lib/coaching/tips';
import { builtInTips } from '@/lib/coaching/tips-data';

describe('selectTips', () => {
  it.each(roleIds)('gives three tips for %s on every tool', (role) => {
    for (const tool of ['chatgpt', 'claude', 'gemini', 'copilot', 'some-pack-tool']) {
      const tips = selectTips({ role, tool });

      expect(tips).toHaveLength(3);
      expect(new Set(tips.map((tip) => tip.id)).size).toBe(3);
    }
  });

  it('puts the role’s own tips first', () => {
    const tips = selectTips({ role: 'legal', tool: 'chatgpt' });

    expect(tips[0]!.roles).toContain('legal');
  });

  it('gives different roles different tips for the same tool', () => {
    const engineer = selectTips({ role: 'software-engineer', tool: 'claude' }).map((tip) => tip.id);
    const hr = selectTips({ role: 'hr', tool: 'claude' }).map((tip) => tip.id);

    expect(engineer).not.toEqual(hr);
  });

  it('never shows a tip meant for another tool or role', () => {
    const tips = selectTips({ role: 'teacher', tool: 'gemini', count: 50 });

    for (const tip of tips) {
      expect(tip.tools.length === 0 || tip.tools.includes('gemini')).toBe(true);
      expect(tip.roles.length === 0 || tip.roles.includes('teacher')).toBe(true);
    }
  });

  it('has every built-in tip in English and Dutch, with unique ids', () => {
    for (const tip of builtInTips) {
      expect(tip.text.en.length, tip.id).toBeGreaterThan(10);
      expect(tip.text.nl.length, tip.id).toBeGreaterThan(10);
    }

    expect(new Set(builtInTips.map((tip) => tip.id)).size).toBe(builtInTips.length);
  });
});

import { describe, expect, it } from 'vitest';

import { analyzePrompt } from '@/lib/coaching/analyzer';
import {
  defaultNudgePreferences,
  lessOfThisLimit,
  mayNudge,
  recordLessOfThis,
  recordShown,
} from '@/lib/coaching/nudge-rules';
import { nudgeFor, type NudgeContext } from '@/lib/coaching/nudges';
import { noPackCoaching, readPackCoaching } from '@/lib/coaching/pack-coaching';
import { builtInTips } from '@/lib/coaching/tips-data';

const minute = 60_000;

const context = (overrides: Partial<NudgeContext> = {}): NudgeContext => ({
  role: 'data-analyst',
  tool: 'chatgpt',
  language: 'en',
  tips: builtInTips,
  pack: noPackCoaching,
  ...overrides,
});

describe('nudge rate limits', () => {
  it('lets a moment nudge once, then waits before the next', () => {
    const start = 5 * minute;
    const shown = recordShown(defaultNudgePreferences, 'writing', start);

    expect(mayNudge('writing', defaultNudgePreferences, start)).toBe(true);
    expect(mayNudge('writing', shown, start + minute)).toBe(false);
    expect(mayNudge('answer', shown, start + minute)).toBe(true);
    expect(mayNudge('writing', shown, start + 3 * minute)).toBe(true);
  });

  it('makes a moment rarer with each "less of this" and silences it at the limit', () => {
    let preferences = recordShown(defaultNudgePreferences, 'copy', 0);
    preferences = recordLessOfThis(preferences, 'copy');

    expect(mayNudge('copy', preferences, 10 * minute)).toBe(false);
    expect(mayNudge('copy', preferences, 40 * minute)).toBe(true);

    for (let count = 1; count < lessOfThisLimit; count++)
      preferences = recordLessOfThis(preferences, 'copy');
    expect(mayNudge('copy', preferences, 1000 * 24 * 60 * minute)).toBe(false);
    expect(mayNudge('writing', preferences, 0)).toBe(true);
  });
});

describe('nudge content', () => {
  it('opens a page with one tip for the role', () => {
    const nudge = nudgeFor('first-prompt', context());

    expect(nudge?.id).toMatch(/^analyst-/);
    expect(nudge?.lines).toHaveLength(1);
  });

  it('names the weakest dimension of a weak prompt while writing, and stays quiet on a strong one', () => {
    const weak = analyzePrompt('make it better', { role: 'data-analyst', lang: 'en' });
    const strong = analyzePrompt(
      'You are a senior data analyst. Compare monthly churn for 2023 and 2024 for our board, who are not statisticians. Use the table below (columns: month, customers, churned). Give a table and three bullets of at most 20 words, step by step. Say which figures you are unsure about and cite the rows you used.\nmonth,customers,churned\n2024-01,1200,30',
      { role: 'data-analyst', lang: 'en' },
    );

    expect(nudgeFor('writing', context({ analysis: weak }))?.id).toBe(
      weak.suggestions[0]!.dimension,
    );
    expect(nudgeFor('writing', context({ analysis: strong }))).toBeNull();
  });

  it('asks to check an analysis answer unless the prompt already asked for sources', () => {
    const unchecked = analyzePrompt('Analyse why sales dropped in March compared with February.', {
      role: 'data-analyst',
      lang: 'en',
    });
    const checked = analyzePrompt(
      'Analyse why sales dropped in March compared with February. Cite your sources and say how certain you are.',
      { role: 'data-analyst', lang: 'en' },
    );

    expect(unchecked.taskKind).toBe('analysis');
    expect(nudgeFor('answer', context({ analysis: unchecked }))?.id).toBe('answer-facts');
    expect(nudgeFor('answer', context({ analysis: checked }))).toBeNull();
  });

  it('adds the pack’s disclosure reminder on copy for the roles it names', () => {
    const pack = readPackCoaching({
      disclosure: [
        {
          roles: ['marketing'],
          text: { en: 'Label AI-assisted copy.', nl: 'Label door AI geholpen teksten.' },
        },
      ],
    });

    expect(nudgeFor('copy', context({ role: 'marketing', language: 'nl', pack }))?.lines).toContain(
      'Label door AI geholpen teksten.',
    );
    expect(nudgeFor('copy', context({ pack }))?.id).toBe('copy-verify');
  });
});

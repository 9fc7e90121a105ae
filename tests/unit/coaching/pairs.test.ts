import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePrompt } from '../../../lib/coaching/analyzer';
import type { RoleId } from '../../../lib/coaching/roles';

interface PromptPair {
  id: string;
  role: RoleId;
  lang: 'en' | 'nl';
  weaker: string;
  stronger: string;
}

const corpus = new URL('../../corpus/prompts/', import.meta.url);

function loadPairs(file: string): PromptPair[] {
  return JSON.parse(readFileSync(new URL(file, corpus), 'utf8')) as PromptPair[];
}

// The analyzer detects the language itself, as it does in the side panel.
function strongerWins(pair: PromptPair): boolean {
  const weaker = analyzePrompt(pair.weaker, { role: pair.role });
  const stronger = analyzePrompt(pair.stronger, { role: pair.role });

  return stronger.score > weaker.score;
}

describe('tuning pairs', () => {
  const pairs = loadPairs('pairs.json');

  for (const pair of pairs) {
    it(`scores the stronger prompt of ${pair.id} higher`, () => {
      expect(strongerWins(pair)).toBe(true);
    });
  }

  it('detects the language of every tuning prompt', () => {
    for (const pair of pairs) {
      expect(analyzePrompt(pair.stronger, { role: pair.role }).language).toBe(pair.lang);
      expect(analyzePrompt(pair.weaker, { role: pair.role }).language).toBe(pair.lang);
    }
  });
});

describe('held-out pairs', () => {
  // Written blind before the analyzer existed; it is only ever scored, never tuned on.
  it('ranks at least 85% of the held-out pairs correctly', () => {
    const pairs = loadPairs('holdout.json');
    const accuracy = pairs.filter(strongerWins).length / pairs.length;

    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });
});

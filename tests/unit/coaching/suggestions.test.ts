import { describe, expect, it } from 'vitest';
import { roleIds } from '../../../lib/coaching/roles';
import { analyze } from './analyze';

const weakPrompt = 'write a post about our new feature';

describe('suggestions', () => {
  it('gives different roles different suggestions for the same prompt', () => {
    const texts = roleIds.map((role) =>
      analyze(weakPrompt, role)
        .suggestions.map((suggestion) => suggestion.text)
        .join('\n'),
    );

    expect(new Set(texts).size).toBe(roleIds.length);
  });

  it('phrases the audience step for marketing writing in terms of customers', () => {
    const audience = analyze(weakPrompt, 'marketing').suggestions.find(
      (suggestion) => suggestion.dimension === 'context_audience',
    );

    expect(audience?.text).toBe(
      'Say who the post is for: which customers, what they already know.',
    );
  });

  it('writes suggestions in Dutch for a Dutch prompt', () => {
    const { suggestions } = analyze('schrijf een post over onze nieuwe functie', 'marketing');

    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.map((suggestion) => suggestion.text).join(' ')).toContain('welke klanten');
  });

  it('proposes one step per weak dimension, each on one line', () => {
    const { suggestions, dimensions } = analyze(weakPrompt, 'sales');
    const weak = Object.entries(dimensions).filter(([, result]) => result.value < 0.45);

    expect(suggestions).toHaveLength(weak.length);
    for (const suggestion of suggestions) expect(suggestion.text).not.toContain('\n');
  });

  it('leads with the fix for a missing ask', () => {
    const { suggestions } = analyze('Our churn went up last quarter and the board is worried.');

    expect(suggestions[0]?.dimension).toBe('task_clarity');
  });

  it('suggests nothing for a dimension that is already strong', () => {
    const { suggestions } = analyze(
      'Summarise the survey below for our support team in five bullet points. [survey]',
    );

    expect(suggestions.map((suggestion) => suggestion.dimension)).not.toContain('output_format');
  });
});

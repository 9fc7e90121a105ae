import { describe, expect, it } from 'vitest';
import { analyzePrompt } from '../../../lib/coaching/analyzer';
import type { TaskKind } from '../../../lib/coaching/roles';
import { analyze } from './analyze';

describe('language detection', () => {
  const cases: { title: string; text: string; language: 'en' | 'nl' }[] = [
    {
      title: 'detects English',
      text: 'Write a short note to the team about Friday.',
      language: 'en',
    },
    {
      title: 'detects Dutch',
      text: 'Schrijf een kort bericht aan het team over vrijdag.',
      language: 'nl',
    },
    { title: 'detects a one-word Dutch ask', text: 'ideeën?', language: 'nl' },
    {
      title: 'detects Dutch with English loanwords',
      text: 'Maak een SQL-query voor de dashboard-data van deze maand.',
      language: 'nl',
    },
    { title: 'falls back to English for an empty prompt', text: '', language: 'en' },
  ];

  for (const row of cases) {
    it(row.title, () => expect(analyze(row.text).language).toBe(row.language));
  }

  it('uses the language it is given over the detected one', () => {
    const result = analyzePrompt('Write a note.', { role: 'general', lang: 'nl' });

    expect(result.language).toBe('nl');
    expect(result.dimensions.task_clarity.reason).toMatch(/vraag|opdracht/);
  });
});

describe('task kind recognition', () => {
  const cases: { text: string; kind: TaskKind }[] = [
    { text: 'Write a LinkedIn post about our new office.', kind: 'writing' },
    { text: 'Vat het verslag hieronder samen in vijf punten. [verslag]', kind: 'summarising' },
    { text: 'Fix the off-by-one bug in this Python function. [code]', kind: 'coding' },
    { text: 'Why did churn rise in Q3? Analyse the data below. [data]', kind: 'analysis' },
    { text: 'Vertaal deze mail naar het Engels. [mail]', kind: 'translating' },
    { text: 'Give me ten name ideas for a bakery.', kind: 'brainstorming' },
    {
      text: 'Moeten we kiezen voor leasen of kopen? Zet de voor- en nadelen op een rij.',
      kind: 'deciding',
    },
  ];

  for (const row of cases) {
    it(`recognises ${row.kind} in "${row.text.slice(0, 40)}"`, () => {
      expect(analyze(row.text).taskKind).toBe(row.kind);
    });
  }

  it('uses the task kind it is given', () => {
    expect(analyzePrompt('Hello there.', { role: 'general', taskKind: 'coding' }).taskKind).toBe(
      'coding',
    );
  });
});

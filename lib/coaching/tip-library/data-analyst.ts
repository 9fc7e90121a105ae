import { roleTips } from './define';

export const dataAnalystTips = roleTips('data-analyst', 'analyst', [
  [
    'question-first',
    'foundation',
    'State the business question first, then the data that should answer it.',
    'Noem eerst de bedrijfsvraag, dan de data die hem moet beantwoorden.',
  ],
  [
    'aggregate',
    'foundation',
    'Share aggregates or synthetic samples; customer-level rows stay in your own tools.',
    'Deel totalen of synthetische voorbeelden; rijen per klant blijven in je eigen tools.',
  ],
  [
    'definitions',
    'organisation',
    "Give the organisation's own metric definitions, so the AI does not invent its own.",
    'Geef de eigen definities van je organisatie voor een maatstaf, zodat de AI er geen verzint.',
  ],
  [
    'approved-data',
    'organisation',
    'Check which datasets your organisation allows in AI tools before you upload a file.',
    'Controleer welke datasets je organisatie in AI-tools toestaat voordat je een bestand uploadt.',
  ],
  [
    'sql-review',
    'durable-skills',
    'Read generated SQL line by line and test it on a small table with known answers.',
    'Lees gegenereerde SQL regel voor regel en test hem op een kleine tabel met bekende uitkomsten.',
    ['coding'],
  ],
  [
    'assumptions',
    'durable-skills',
    'Ask the AI to list the assumptions behind a chart or trend before you present it.',
    'Vraag de AI de aannames achter een grafiek of trend op te sommen voordat je hem presenteert.',
    ['analysis'],
  ],
  [
    'self-serve',
    'breakthrough',
    'Turn a recurring report into a question colleagues can ask themselves, with checked prompts.',
    'Maak van een terugkerend rapport een vraag die collega’s zelf kunnen stellen, met geteste prompts.',
  ],
  [
    'hypotheses',
    'co-intelligence',
    'Ask for three other explanations of the pattern you see, then test the likeliest.',
    'Vraag om drie andere verklaringen voor het patroon dat je ziet en test de meest waarschijnlijke.',
    ['analysis'],
  ],
]);

import { roleTips } from './define';

export const generalTips = roleTips('general', 'general', [
  [
    'no-personal-data',
    'foundation',
    'Leave out names, addresses and account numbers; describe the situation instead.',
    'Laat namen, adressen en rekeningnummers weg; beschrijf de situatie in plaats daarvan.',
  ],
  [
    'approved-tools',
    'organisation',
    'Use the AI tools your organisation approved for work data, and check its guidance first.',
    'Gebruik voor werkgegevens de AI-tools die je organisatie heeft goedgekeurd en lees eerst de richtlijnen.',
  ],
  [
    'disclose',
    'organisation',
    'Know when your organisation wants you to mention that AI helped with a text.',
    'Weet wanneer je organisatie wil dat je vermeldt dat AI heeft geholpen bij een tekst.',
  ],
  [
    'check-facts',
    'durable-skills',
    'Check names, dates and figures in the answer against a source you trust.',
    'Controleer namen, data en cijfers in het antwoord tegen een bron die je vertrouwt.',
  ],
  [
    'iterate',
    'durable-skills',
    'Treat the first answer as a draft: say what to keep, what to change and why.',
    'Zie het eerste antwoord als concept: zeg wat moet blijven, wat anders moet en waarom.',
  ],
  [
    'summary-length',
    'foundation',
    'For a summary, give the length and the reader: "five bullets for my manager".',
    'Geef bij een samenvatting de lengte en de lezer: "vijf punten voor mijn manager".',
    ['summarising'],
  ],
  [
    'rethink-routine',
    'breakthrough',
    'Pick a task you repeat every week and ask how it could be done differently, not just faster.',
    'Kies een taak die je elke week herhaalt en vraag hoe die anders kan, niet alleen sneller.',
  ],
  [
    'thinking-partner',
    'co-intelligence',
    'Before a decision, ask the AI for the strongest argument against your choice.',
    'Vraag voor een beslissing de AI om het sterkste argument tegen je keuze.',
    ['deciding'],
  ],
]);

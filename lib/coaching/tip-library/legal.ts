import { roleTips } from './define';

export const legalTips = roleTips('legal', 'legal', [
  [
    'jurisdiction',
    'foundation',
    'Name the jurisdiction and the area of law; answers differ per country.',
    'Noem het rechtsgebied en het land; antwoorden verschillen per land.',
  ],
  [
    'anonymise-parties',
    'foundation',
    'Replace party names and amounts with placeholders before asking about a contract.',
    'Vervang partijnamen en bedragen door placeholders voordat je iets over een contract vraagt.',
  ],
  [
    'privilege',
    'organisation',
    'Privileged material only goes into tools your organisation approved for it.',
    'Vertrouwelijk juridisch materiaal gaat alleen in tools die je organisatie daarvoor goedkeurde.',
  ],
  [
    'house-style',
    'organisation',
    'Give your standard clauses as the reference, so drafts follow house positions.',
    'Geef je standaardclausules als referentie, zodat concepten de eigen standpunten volgen.',
    ['writing'],
  ],
  [
    'verify-citations',
    'durable-skills',
    'Look up every cited case and article yourself; models invent convincing citations.',
    'Zoek elke geciteerde uitspraak en elk artikel zelf op; modellen verzinnen overtuigende bronnen.',
  ],
  [
    'counter-argument',
    'durable-skills',
    'Ask for the other side’s best argument before you settle on your position.',
    'Vraag om het beste argument van de wederpartij voordat je je standpunt bepaalt.',
    ['analysis'],
  ],
  [
    'clause-library',
    'breakthrough',
    'Turn recurring questions from the business into a checked FAQ colleagues can use themselves.',
    'Maak van terugkerende vragen uit de organisatie een gecontroleerde FAQ die collega’s zelf gebruiken.',
  ],
  [
    'risk-map',
    'co-intelligence',
    'Ask the AI to map what could go wrong with a clause over the life of the contract.',
    'Vraag de AI in kaart te brengen wat er met een clausule mis kan gaan tijdens de looptijd.',
  ],
]);

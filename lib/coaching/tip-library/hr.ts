import { roleTips } from './define';

export const hrTips = roleTips('hr', 'hr', [
  [
    'role-facts',
    'foundation',
    'Give the role, team and must-have skills when asking for a vacancy text.',
    'Geef de functie, het team en de vereiste vaardigheden als je om een vacaturetekst vraagt.',
    ['writing'],
  ],
  [
    'no-candidate-files',
    'foundation',
    'CVs, appraisals and sick notes never go into a chat tool; describe cases anonymously.',
    'Cv’s, beoordelingen en ziekmeldingen gaan nooit in een chattool; beschrijf gevallen anoniem.',
  ],
  [
    'policy-source',
    'organisation',
    "Paste the relevant part of your organisation's policy instead of asking what the law says.",
    'Plak het relevante deel van het beleid van je organisatie in plaats van te vragen wat de wet zegt.',
  ],
  [
    'no-decisions',
    'organisation',
    'AI may help you write, never decide on hiring, pay or dismissal.',
    'AI mag helpen schrijven, nooit beslissen over werving, salaris of ontslag.',
    ['deciding'],
  ],
  [
    'legal-check',
    'durable-skills',
    'Check employment-law statements with your legal team or the official source.',
    'Controleer uitspraken over arbeidsrecht bij je juridische team of de officiële bron.',
  ],
  [
    'inclusive',
    'durable-skills',
    'Ask the AI to flag wording that could put groups of candidates off, then judge yourself.',
    'Vraag de AI formuleringen te markeren die groepen kandidaten kunnen afschrikken, en oordeel zelf.',
    ['writing'],
  ],
  [
    'onboarding',
    'breakthrough',
    "Rethink onboarding: let AI draft a new hire's first-week plan per role, then refine it together.",
    'Herzie de onboarding: laat AI per functie een plan voor de eerste week opstellen en verfijn het samen.',
  ],
  [
    'conversation-prep',
    'co-intelligence',
    'Prepare a difficult conversation by asking how the employee might hear each sentence.',
    'Bereid een lastig gesprek voor door te vragen hoe de medewerker elke zin kan opvatten.',
  ],
]);

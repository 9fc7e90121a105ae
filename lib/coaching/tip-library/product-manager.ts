import { roleTips } from './define';

export const productManagerTips = roleTips('product-manager', 'pm', [
  [
    'user-problem',
    'foundation',
    'Start from the user problem and who has it, not from the feature you have in mind.',
    'Begin bij het probleem van de gebruiker en wie het heeft, niet bij de functie die je voor ogen hebt.',
  ],
  [
    'roadmap-data',
    'foundation',
    'Unreleased roadmaps and customer names stay out of unapproved tools.',
    'Niet-gepubliceerde roadmaps en klantnamen blijven uit niet-goedgekeurde tools.',
  ],
  [
    'strategy-context',
    'organisation',
    "Give the AI your product's strategy and this quarter's goals so ideas fit them.",
    'Geef de AI de strategie van je product en de doelen van dit kwartaal, zodat ideeën erbij passen.',
  ],
  [
    'research-ethics',
    'organisation',
    "Follow your organisation's rules before feeding interview notes into a tool.",
    'Volg de regels van je organisatie voordat je interviewnotities in een tool stopt.',
    ['summarising'],
  ],
  [
    'acceptance',
    'durable-skills',
    'Ask for acceptance criteria and the edge cases a user story misses.',
    'Vraag om acceptatiecriteria en de randgevallen die een user story mist.',
    ['writing'],
  ],
  [
    'evidence',
    'durable-skills',
    'Ask which claim in a synthesis rests on one interview only.',
    'Vraag welke bewering in een synthese op maar één interview rust.',
    ['summarising'],
  ],
  [
    'prototype',
    'breakthrough',
    'Build a clickable prototype with AI before writing the spec, and test it with users.',
    'Bouw met AI een klikbaar prototype voordat je de specificatie schrijft, en test het met gebruikers.',
  ],
  [
    'pre-mortem',
    'co-intelligence',
    'Run a pre-mortem: ask the AI why this launch failed a year from now.',
    'Doe een pre-mortem: vraag de AI waarom deze lancering over een jaar mislukt is.',
    ['deciding'],
  ],
]);

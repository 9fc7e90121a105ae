import { roleTips } from './define';

export const marketingTips = roleTips('marketing', 'marketing', [
  [
    'channel',
    'foundation',
    'Name the channel and its limits: a LinkedIn post, a 50-character subject line.',
    'Noem het kanaal en zijn grenzen: een LinkedIn-post, een onderwerpregel van 50 tekens.',
    ['writing'],
  ],
  [
    'unreleased',
    'foundation',
    'Unannounced launches and campaign results stay out of unapproved tools.',
    'Onaangekondigde lanceringen en campagneresultaten blijven uit niet-goedgekeurde tools.',
  ],
  [
    'brand-voice',
    'organisation',
    'Paste your brand voice guide or two approved examples to set the tone.',
    'Plak je tone-of-voice-gids of twee goedgekeurde voorbeelden om de toon te zetten.',
  ],
  [
    'images-rights',
    'organisation',
    "Follow your organisation's rules on AI images and on labelling AI content.",
    'Volg de regels van je organisatie over AI-beelden en het labelen van AI-content.',
  ],
  [
    'variants',
    'durable-skills',
    'Ask for several angles and test them, instead of polishing the first draft.',
    'Vraag om meerdere invalshoeken en test ze, in plaats van het eerste concept op te poetsen.',
    ['brainstorming'],
  ],
  [
    'fact-check',
    'durable-skills',
    'Check every statistic and quote in the copy; ask the AI where each one comes from.',
    'Controleer elke statistiek en elk citaat in de tekst; vraag de AI waar elk vandaan komt.',
  ],
  [
    'content-system',
    'breakthrough',
    'Design one message once and let AI adapt it per channel and audience, with your review.',
    'Ontwerp één boodschap één keer en laat AI die per kanaal en doelgroep aanpassen, met jouw review.',
  ],
  [
    'customer-voice',
    'co-intelligence',
    'Ask the AI to read your draft as a specific customer and say what is unclear.',
    'Laat de AI je concept lezen als een specifieke klant en zeggen wat onduidelijk is.',
  ],
]);

import { roleTips } from './define';

export const customerSupportTips = roleTips('customer-support', 'support', [
  [
    'situation',
    'foundation',
    'Describe the problem, what was already tried and what the customer wants.',
    'Beschrijf het probleem, wat al geprobeerd is en wat de klant wil.',
  ],
  [
    'length',
    'foundation',
    'Ask for a reply that fits the channel: three sentences for chat, a short e-mail for mail.',
    'Vraag om een antwoord dat past bij het kanaal: drie zinnen voor chat, een korte mail voor e-mail.',
    ['writing'],
  ],
  [
    'policy-facts',
    'organisation',
    'Paste the relevant help-centre article so refunds and deadlines follow your policy.',
    'Plak het relevante helpcentrumartikel, zodat terugbetalingen en termijnen je beleid volgen.',
  ],
  [
    'no-promises',
    'organisation',
    'Never send an AI reply that promises what your policy does not allow; read it first.',
    'Verstuur nooit een AI-antwoord dat iets belooft wat je beleid niet toestaat; lees het eerst.',
  ],
  [
    'check-steps',
    'durable-skills',
    'Check every troubleshooting step in the answer against the product before you send it.',
    'Controleer elke stap voor probleemoplossing in het antwoord in het product voordat je het verstuurt.',
  ],
  [
    'empathy',
    'durable-skills',
    'Rewrite the AI draft in your own words where the customer is upset; keep it human.',
    'Herschrijf het AI-concept in je eigen woorden als de klant boos is; houd het menselijk.',
    ['writing'],
  ],
  [
    'ticket-patterns',
    'breakthrough',
    'Summarise a week of anonymised tickets to find the one fix that prevents many.',
    'Vat een week aan geanonimiseerde tickets samen om de ene oplossing te vinden die er veel voorkomt.',
    ['summarising'],
  ],
  [
    'macro-coach',
    'co-intelligence',
    'Ask the AI what the customer might still be worried about after your reply.',
    'Vraag de AI waar de klant zich na je antwoord nog zorgen over kan maken.',
  ],
]);

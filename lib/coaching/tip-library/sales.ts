import { roleTips } from './define';

export const salesTips = roleTips('sales', 'sales', [
  [
    'goal',
    'foundation',
    'Say the goal of the message: a first meeting, a follow-up, a renewal.',
    'Zeg wat het doel van het bericht is: een eerste afspraak, een follow-up, een verlenging.',
    ['writing'],
  ],
  [
    'crm-data',
    'foundation',
    'Describe the account in general terms; deal values and contact details stay in the CRM.',
    'Beschrijf het account in algemene termen; dealwaarden en contactgegevens blijven in het CRM.',
  ],
  [
    'pricing-rules',
    'organisation',
    'Quote only approved prices and discounts; the AI does not know your pricing rules.',
    'Noem alleen goedgekeurde prijzen en kortingen; de AI kent je prijsregels niet.',
  ],
  [
    'claims',
    'organisation',
    "Keep product claims to what your organisation's materials say.",
    'Houd productclaims bij wat de materialen van je organisatie zeggen.',
  ],
  [
    'research-check',
    'durable-skills',
    'Verify any fact about a prospect on their own site before you use it in outreach.',
    'Controleer elk feit over een prospect op diens eigen site voordat je het gebruikt.',
  ],
  [
    'objections',
    'durable-skills',
    'Ask for the three objections this buyer is likeliest to raise, and prepare answers.',
    'Vraag om de drie bezwaren die deze koper het waarschijnlijkst noemt en bereid antwoorden voor.',
  ],
  [
    'account-plan',
    'breakthrough',
    'Use AI to rethink an account plan around the customer’s goals rather than your products.',
    'Gebruik AI om een accountplan te herzien rond de doelen van de klant in plaats van je producten.',
  ],
  [
    'role-play',
    'co-intelligence',
    'Rehearse a difficult call: ask the AI to play a sceptical buyer.',
    'Oefen een lastig gesprek: laat de AI een sceptische koper spelen.',
  ],
]);

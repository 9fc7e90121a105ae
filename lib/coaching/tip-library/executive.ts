import { roleTips } from './define';

export const executiveTips = roleTips('executive', 'executive', [
  [
    'decision-frame',
    'foundation',
    'Say which decision you face, the options and the deadline.',
    'Zeg voor welke beslissing je staat, wat de opties zijn en wat de deadline is.',
    ['deciding'],
  ],
  [
    'board-material',
    'foundation',
    'Board papers and M&A plans never go into a public chat tool.',
    'Stukken voor de raad van bestuur en overnameplannen gaan nooit in een publieke chattool.',
  ],
  [
    'ai-stance',
    'organisation',
    'Say plainly what AI should and should not do in your organisation; your teams copy you.',
    'Zeg duidelijk wat AI in je organisatie wel en niet moet doen; je teams doen je na.',
  ],
  [
    'sandbox',
    'organisation',
    'Give teams a safe place to experiment with clear limits, then ask what they learned.',
    'Geef teams een veilige plek om te experimenteren met duidelijke grenzen en vraag wat ze leerden.',
  ],
  [
    'sources',
    'durable-skills',
    'Ask where each market figure comes from before it goes into a presentation.',
    'Vraag waar elk marktcijfer vandaan komt voordat het in een presentatie komt.',
  ],
  [
    'blind-spots',
    'durable-skills',
    'Ask what a critic of your strategy would say, and what evidence would change your mind.',
    'Vraag wat een criticus van je strategie zou zeggen en welk bewijs je van gedachten zou doen veranderen.',
  ],
  [
    'cost-structure',
    'breakthrough',
    'Ask where AI changes your cost structure, and where it frees people for more valuable work.',
    'Vraag waar AI je kostenstructuur verandert en waar het mensen vrijmaakt voor waardevoller werk.',
  ],
  [
    'sparring',
    'co-intelligence',
    'Use the AI as a sparring partner before a big meeting: let it ask you the hard questions.',
    'Gebruik de AI als sparringpartner voor een groot overleg: laat hem jou de lastige vragen stellen.',
  ],
]);

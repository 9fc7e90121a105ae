import { roleTips } from './define';

export const financeTips = roleTips('finance', 'finance', [
  [
    'standard',
    'foundation',
    'Name the accounting standard and period: IFRS or local GAAP, which quarter.',
    'Noem de verslaggevingsstandaard en de periode: IFRS of lokale regels, welk kwartaal.',
  ],
  [
    'round-figures',
    'foundation',
    'Use rounded or made-up figures to ask about a method; real ledgers stay internal.',
    'Gebruik afgeronde of verzonnen cijfers om naar een methode te vragen; echte grootboeken blijven intern.',
  ],
  [
    'unpublished',
    'organisation',
    'Unpublished results are insider information; keep them out of every chat tool.',
    'Ongepubliceerde resultaten zijn voorwetenschap; houd ze uit elke chattool.',
  ],
  [
    'controls',
    'organisation',
    'An AI-built spreadsheet follows the same four-eyes check as any other.',
    'Een door AI gemaakte spreadsheet krijgt dezelfde vier-ogencontrole als elke andere.',
  ],
  [
    'formula-check',
    'durable-skills',
    'Test a suggested formula on a row where you know the answer.',
    'Test een voorgestelde formule op een rij waarvan je de uitkomst kent.',
    ['analysis'],
  ],
  [
    'sensitivity',
    'durable-skills',
    'Ask which assumption moves the forecast most, and check that one first.',
    'Vraag welke aanname de prognose het meest beïnvloedt en controleer die als eerste.',
    ['analysis'],
  ],
  [
    'close-process',
    'breakthrough',
    'Map your month-end close and ask where AI could remove a step, not just speed one up.',
    'Breng je maandafsluiting in kaart en vraag waar AI een stap kan schrappen, niet alleen versnellen.',
  ],
  [
    'scenario',
    'co-intelligence',
    'Use the AI to challenge a budget: what would have to be true for it to fail?',
    'Laat de AI een begroting uitdagen: wat zou waar moeten zijn om hem te laten mislukken?',
    ['deciding'],
  ],
]);

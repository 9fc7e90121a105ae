import { roleTips } from './define';

export const softwareEngineerTips = roleTips('software-engineer', 'engineer', [
  [
    'error-context',
    'foundation',
    'Paste the exact error, the command you ran and what you expected instead.',
    'Plak de exacte foutmelding, het commando dat je draaide en wat je in plaats daarvan verwachtte.',
    ['coding'],
  ],
  [
    'minimal-snippet',
    'foundation',
    'Share the smallest snippet that shows the problem, not the whole repository.',
    'Deel het kleinste stukje code dat het probleem laat zien, niet de hele repository.',
  ],
  [
    'licence',
    'organisation',
    "Follow your organisation's rules on licences and on which code may leave the company.",
    'Volg de regels van je organisatie over licenties en over welke code het bedrijf uit mag.',
  ],
  [
    'review-policy',
    'organisation',
    'AI-written code goes through the same review as yours; say in the PR where AI helped.',
    'Door AI geschreven code gaat door dezelfde review als die van jou; zeg in de PR waar AI hielp.',
  ],
  [
    'run-tests',
    'durable-skills',
    'Run the suggested code and its tests before trusting it; APIs in answers can be invented.',
    'Draai de voorgestelde code en tests voordat je erop vertrouwt; API’s in antwoorden kunnen verzonnen zijn.',
    ['coding'],
  ],
  [
    'alternatives',
    'durable-skills',
    'Ask for two designs with their trade-offs before asking for the code.',
    'Vraag om twee ontwerpen met hun afwegingen voordat je om de code vraagt.',
  ],
  [
    'rethink-toil',
    'breakthrough',
    'List the chores around your code (release notes, migrations, test data) and redesign one with AI.',
    'Maak een lijst van het klusjeswerk rond je code (release notes, migraties, testdata) en herontwerp er één met AI.',
  ],
  [
    'rubber-duck',
    'co-intelligence',
    'Explain your plan to the AI and ask it to find the edge cases you missed.',
    'Leg je plan uit aan de AI en vraag welke randgevallen je hebt gemist.',
  ],
]);

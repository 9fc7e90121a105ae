import { roleTips } from './define';

export const researcherTips = roleTips('researcher', 'researcher', [
  [
    'research-question',
    'foundation',
    'Give your research question, field and the level of detail you need.',
    'Geef je onderzoeksvraag, je vakgebied en het detailniveau dat je nodig hebt.',
  ],
  [
    'participant-data',
    'foundation',
    'Participant data stays out of chat tools unless your ethics approval allows it.',
    'Gegevens van deelnemers blijven uit chattools, tenzij je ethische goedkeuring dat toestaat.',
  ],
  [
    'integrity',
    'organisation',
    "Follow your institution's rules on AI in writing, and disclose its use in the methods.",
    'Volg de regels van je instelling over AI bij het schrijven en vermeld het gebruik in de methode.',
  ],
  [
    'unpublished',
    'organisation',
    'Unpublished results and reviews you are doing stay confidential.',
    'Ongepubliceerde resultaten en reviews die je doet blijven vertrouwelijk.',
  ],
  [
    'check-papers',
    'durable-skills',
    'Open every paper the AI cites; check that it exists and says what is claimed.',
    'Open elk artikel dat de AI noemt; controleer dat het bestaat en zegt wat beweerd wordt.',
  ],
  [
    'limitations',
    'durable-skills',
    'Ask for the limitations of a method before you ask for its strengths.',
    'Vraag naar de beperkingen van een methode voordat je naar de sterke punten vraagt.',
    ['analysis'],
  ],
  [
    'literature-map',
    'breakthrough',
    'Use AI to map a field’s open questions, then check the map with a colleague.',
    'Gebruik AI om de open vragen van een vakgebied in kaart te brengen en toets dat met een collega.',
  ],
  [
    'reviewer-two',
    'co-intelligence',
    'Ask the AI to review your draft as a strict reviewer would, and answer each point.',
    'Laat de AI je concept beoordelen als een strenge reviewer en beantwoord elk punt.',
  ],
]);

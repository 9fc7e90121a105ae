import { substantiveWords } from './ask';
import { buzzwordPattern, flatteryPattern } from './lexicon';
import { countMatches, phraseRegex, type PromptText } from './text';
import type { DimensionFinding } from './types';

const audienceNouns =
  'customers?|clients?|users?|readers?|audiences?|teams?|board|managers?|staff|employees|' +
  'students|pupils|parents|kids|children|beginners|developers|engineers|investors|' +
  'stakeholders|prospects|buyers|patients|colleagues|people|someone|anyone|executives|' +
  'leadership|agents?|shoppers|owners|candidates?|recruiters|lawyers|non-lawyers|members|' +
  'volunteers|partners|suppliers|visitors|directors|heads|newcomers|hires|juniors|' +
  "klanten|klant|gebruikers|lezers|ouders|leerlingen|kinderen|studenten|collega's|" +
  'medewerkers?|werknemers|managers|directie|bestuur|team|ondernemingsraad|consumenten|' +
  'kandidaten|kandidaat|iemand|mensen|leiding|investeerders|patiënten|cliënten|leden|' +
  'bezoekers|ontwikkelaars|eigenaars|eigenaren|nieuwkomers|beginners|docenten|leraren';

const audiencePattern = phraseRegex([
  `(?:for|to|aimed at|targeted at|voor|aan|gericht op|bedoeld voor)(?: [\\p{L}\\d'-]+){0,4}? (?:${audienceNouns})`,
  'audiences?',
  'target (?:group|audience|readers)',
  'doelgroep',
  "who (?:are|have|has|do|does|don't|doesn't|will|know|need|went|still|already)",
  'die (?:geen|nog|al|niet|net)',
  '\\d+[- ]year[- ]olds?',
  '\\d+[- ]jarigen',
  'non-technical',
  'laypeople',
  'groep \\d',
  'niveau [a-c][12]',
  'level [a-c][12]',
]);

const purposePattern = phraseRegex([
  'so that',
  'in order to',
  'the (?:goal|aim|purpose) is',
  '(?:my|our|the) (?:goal|aim|purpose)',
  'goal:',
  'because',
  'since (?:we|i|our|my|the)',
  'we want to',
  'i want to',
  'we need to',
  'will be used',
  'zodat',
  'om (?:[\\p{L}-]+ ){0,4}te',
  'het doel',
  '(?:ons|mijn) doel',
  'doel:',
  'omdat',
  'bedoeld om',
  'we willen',
  'wij willen',
  'ik wil',
  'want (?:we|ik|wij|ze)',
]);

const situationVerbs =
  'is|are|has|have|had|was|were|rose|fell|uses?|sells?|runs?|' +
  'daalde|steeg|heeft|hebben|zijn|gebruikt|verkoopt';

// The user's own situation: who they are, what they work with, what happened.
const situationPattern = phraseRegex([
  "i(?:'m| am) (?:a|an|the) [\\p{L}-]+",
  'ik ben (?:een )?[\\p{L}-]+',
  `(?:our|my|we|onze|ons|mijn|wij) [\\p{L}-]+ (?:${situationVerbs})`,
  '(?:we|wij) (?:are|have|use|sell|run|zijn|hebben|gebruiken|verkopen)',
]);

const contextReasons = {
  none: {
    en: 'No context: the AI does not know who this is for or why.',
    nl: 'Geen context: de AI weet niet voor wie dit is of waarom.',
  },
  partial: {
    en: 'Some context, but the audience or the purpose is missing.',
    nl: 'Wat context, maar de doelgroep of het doel ontbreekt.',
  },
  full: {
    en: 'Says who it is for and what situation it is in.',
    nl: 'Zegt voor wie het is en in welke situatie.',
  },
};

/** Context and audience: who the answer is for, why, and the situation around it. */
export function rateContext(prompt: PromptText): DimensionFinding {
  const audience = audiencePattern.test(prompt.prose);
  const purpose = purposePattern.test(prompt.prose);
  const situation = situationPattern.test(prompt.prose) || prompt.hasMaterial;
  const value = 0.45 * Number(audience) + 0.3 * Number(purpose) + 0.25 * Number(situation);

  const techniques = [
    ...(audience ? ['audience'] : []),
    ...(purpose ? ['purpose'] : []),
    ...(situation ? ['situation'] : []),
  ];
  const reason =
    value === 0 ? contextReasons.none : value >= 0.7 ? contextReasons.full : contextReasons.partial;

  return { value, reason, techniques };
}

// Only at the start of a sentence: "say when you are not sure" is no persona.
const personaOpeners = [
  'you are',
  "you're",
  'act as',
  'acting as',
  'pretend (?:to be|you are)',
  "imagine you(?:'re| are)",
  'take (?:on )?the role of',
  'in the role of',
  'je bent',
  'jij bent',
  'u bent',
  'handel als',
  'gedraag je als',
  'doe alsof je',
  'stel je voor dat je',
  'in de rol van',
  'neem de rol (?:aan )?van',
];

const personaPattern = new RegExp(
  `(?:^|[.!?\\n]\\s*)(?:(?:please|now|first|graag|eerst),?\\s+)?(?:${personaOpeners.join('|')})` +
    '\\s+([^.,;:!?\\n]{0,80})',
  'iu',
);

const personaReasons = {
  none: {
    en: 'No role given to the AI.',
    nl: 'De AI krijgt geen rol.',
  },
  generic: {
    en: 'The role is generic ("an expert"): it does not say which expertise.',
    nl: 'De rol is algemeen ("een expert"): welke deskundigheid precies?',
  },
  specific: {
    en: 'Gives the AI a specific role to answer from.',
    nl: 'Geeft de AI een concrete rol om vanuit te antwoorden.',
  },
};

/** Role or persona: a specific role helps, "you are an expert" or a compliment does not. */
export function ratePersona(prompt: PromptText): DimensionFinding {
  const match = personaPattern.exec(prompt.prose);

  if (!match) return { value: 0, reason: personaReasons.none, techniques: [] };

  // "You are the best lawyer in the world" is flattery, not a role.
  const description = match[1] ?? '';

  if (countMatches(`you are ${description}`, flatteryPattern) > 0) {
    return { value: 0, reason: personaReasons.none, techniques: [] };
  }

  const named = substantiveWords(description).length;
  const buzz = countMatches(description, buzzwordPattern) > 0;

  if (named === 0) return { value: 0.25, reason: personaReasons.generic, techniques: [] };

  // "A world-class senior expert engineer" names a trade but mostly adjectives.
  return {
    value: named >= 2 ? 1 : buzz ? 0.4 : 0.7,
    reason: personaReasons.specific,
    techniques: ['persona'],
  };
}

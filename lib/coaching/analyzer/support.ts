import { countMatches, phraseRegex, phraseRegexGlobal, type PromptText } from './text';
import type { DimensionFinding } from './types';

const examplePattern = phraseRegex([
  'for (?:example|instance)',
  'e\\.g\\.?',
  'such as',
  'like this',
  'here is an example',
  'examples?:',
  'sample',
  'in the style of',
  'input:',
  'output:',
  'bijvoorbeeld',
  'bv\\.?',
  'bijv\\.?',
  'zoals',
  'voorbeeld\\w*',
  'in de stijl van',
]);

// Quoted wording shows the AI exactly what is meant.
const quotePattern = /["“'‘][^"”'’\n]{6,}["”'’]/u;

const referencePattern = phraseRegex([
  'below',
  'above',
  'attached',
  'the following',
  'as follows',
  'hieronder',
  'hierboven',
  'bijgevoegd\\w*',
  'het volgende',
  'de volgende',
  'als volgt',
  'onderstaande?',
]);

const exampleReasons = {
  none: {
    en: 'No example or reference material to go by.',
    nl: 'Geen voorbeeld of bronmateriaal om op af te gaan.',
  },
  reference: {
    en: 'Points to material, but gives no example of the result you want.',
    nl: 'Verwijst naar materiaal, maar geeft geen voorbeeld van het gewenste resultaat.',
  },
  example: {
    en: 'Shows an example of what is wanted.',
    nl: 'Laat met een voorbeeld zien wat er bedoeld wordt.',
  },
};

/** Examples or reference material: showing beats describing. */
export function rateExamples(prompt: PromptText): DimensionFinding {
  if (examplePattern.test(prompt.prose) || quotePattern.test(prompt.prose)) {
    return { value: 1, reason: exampleReasons.example, techniques: ['examples'] };
  }

  if (prompt.hasMaterial || referencePattern.test(prompt.prose)) {
    return { value: 0.5, reason: exampleReasons.reference, techniques: ['reference-material'] };
  }

  return { value: 0, reason: exampleReasons.none, techniques: [] };
}

const sequencePattern = phraseRegexGlobal([
  'first(?:ly)?',
  'then',
  'after that',
  'afterwards',
  'finally',
  'next',
  'lastly',
  'step \\d',
  'eerst',
  'daarna',
  'vervolgens',
  'tot slot',
  'ten slotte',
  'als laatste',
  'stap \\d',
  'dan',
]);

const perItemPattern = phraseRegex([
  'for each',
  'each (?:with|one)',
  'for every',
  'per \\p{L}+',
  'voor (?:elk|elke|iedere?)',
  'elk(?:e)? (?:met|in)',
  'start with',
  'begin with',
  'end with',
  'begin met',
  'eindig met',
  'separate',
  'scheid',
]);

const listLinePattern = /^\s*(?:\d+[.)]|[-*•])\s+\S/gmu;

const decompositionReasons = {
  none: {
    en: 'Asks for everything at once, without steps or parts.',
    nl: 'Vraagt alles in één keer, zonder stappen of onderdelen.',
  },
  partial: {
    en: 'Some structure in the task, but no clear order of steps.',
    nl: 'Wat structuur in de taak, maar geen duidelijke volgorde van stappen.',
  },
  full: {
    en: 'Breaks the work into steps in a clear order.',
    nl: 'Deelt het werk op in stappen in een duidelijke volgorde.',
  },
};

/**
 * Decomposition: explicit steps or parts in the instructions. "Think step by step" alone is
 * not a plan, and "then" in a story about what happened is not a step.
 */
export function rateDecomposition(prompt: PromptText, askSentences: string[]): DimensionFinding {
  if (askSentences.length === 0)
    return { value: 0, reason: decompositionReasons.none, techniques: [] };

  const asks = askSentences.join(' ');
  const listLines = prompt.prose.match(listLinePattern)?.length ?? 0;
  const sequence = countMatches(asks, sequencePattern);

  if (listLines >= 2 || sequence >= 2) {
    return { value: 1, reason: decompositionReasons.full, techniques: ['steps'] };
  }

  if (sequence === 1 || perItemPattern.test(asks) || askSentences.length >= 2) {
    return { value: 0.5, reason: decompositionReasons.partial, techniques: ['parts'] };
  }

  return { value: 0, reason: decompositionReasons.none, techniques: [] };
}

const sourcePattern = phraseRegex([
  'cite\\w*',
  'citations?',
  'sources?',
  'references?',
  'link to',
  'quot(?:e|ing) the',
  'clause numbers?',
  'page numbers?',
  'where (?:it|each|this) comes from',
  'bron\\w*',
  'citeer',
  'verwijs\\w*',
  'vermeld',
  'wetsartikel\\w*',
  'artikelnummers?',
]);

const uncertaintyPattern = phraseRegex([
  "(?:if|when|where) (?:you(?:'re| are)|you're) (?:not sure|unsure|uncertain)",
  'if unsure',
  'say so',
  'say (?:if|when|which)',
  'unsure',
  'uncertain\\w*',
  "(?:don't|do not|rather than) guess\\w*",
  "(?:don't|do not) (?:make up|invent)",
  'flag\\w*',
  'assumptions?',
  'confidence',
  'least sure',
  '(?:what|which information) is missing',
  'ask me',
  'clarifying questions?',
  'niet zeker',
  'twijfel\\w*',
  'onzeker\\w*',
  'niet (?:raden|gokken)',
  'verzin (?:niets|geen)',
  'aannames?',
  'markeer',
  'ontbreekt',
  'stel (?:me )?vragen',
  'geef aan (?:waar|welke|wat|of)',
]);

const checkPattern = phraseRegex([
  'verify',
  'double[- ]check',
  'check (?:your|each|the result|it yourself)',
  'explain how you',
  'show (?:your|the) (?:work|working|calculation|steps)',
  '(?:unit|integration|regression) tests?',
  '(?:add|write|include|with|and) (?:\\w+ )?tests?',
  'tests? (?:for|that|covering)',
  'test cases?',
  'edge cases?',
  'pytest',
  'vitest',
  'jest',
  'reconcile',
  'confirm',
  'controleer',
  'verifieer',
  'leg uit hoe je',
  'laat zien hoe',
  'testgevallen',
  'bevestigen',
  'uitsluiten',
]);

const verificationReasons = {
  none: {
    en: 'Does not ask for sources, checks or what the AI is unsure of.',
    nl: 'Vraagt niet om bronnen, controles of waar de AI onzeker over is.',
  },
  partial: {
    en: 'Asks for some checking, but not for sources and uncertainty both.',
    nl: 'Vraagt om enige controle, maar niet om bronnen én onzekerheden.',
  },
  full: {
    en: 'Asks for sources or checks and for what the AI is unsure of.',
    nl: 'Vraagt om bronnen of controles en om waar de AI onzeker over is.',
  },
};

/** Verification: sources, uncertainty and ways to check the answer. */
export function rateVerification(prompt: PromptText): DimensionFinding {
  const kinds = [
    ['sources', sourcePattern.test(prompt.prose)],
    ['uncertainty', uncertaintyPattern.test(prompt.prose)],
    ['self-check', checkPattern.test(prompt.prose)],
  ] as const;
  const techniques = kinds.filter(([, present]) => present).map(([name]) => name);
  const value = [0, 0.6, 1, 1][techniques.length] ?? 1;

  const reason =
    value === 0
      ? verificationReasons.none
      : value >= 1
        ? verificationReasons.full
        : verificationReasons.partial;

  return { value, reason, techniques };
}

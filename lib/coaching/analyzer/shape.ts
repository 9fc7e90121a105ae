import { phraseRegex, type PromptText } from './text';
import type { DimensionFinding } from './types';

const formatPattern = phraseRegex([
  'tables?',
  'bullet(?:s| points?| list)?',
  'bulleted',
  '(?:numbered )?list',
  'checklist',
  'json',
  'csv',
  'yaml',
  'xml',
  'markdown',
  'headings?',
  'headers?',
  'sections?',
  'paragraphs?',
  'one[- ]liner',
  'faq',
  'outline',
  'slides?',
  'template',
  'code block',
  'columns?',
  'format',
  'answer key',
  'multiple[- ]choice',
  'tl;?dr',
  'q&a',
  'diff',
  'matrix',
  'subject line',
  'redline',
  'ranked',
  'tabel(?:len)?',
  'opsomming(?:stekens)?',
  'lijst(?:je|vorm)?',
  'kopjes?',
  'koppen',
  "alinea(?:'s)?",
  'kolom(?:men)?',
  'stappenplan',
  'formaat',
  'schema',
  "dia(?:'s)?",
  'onderwerpregel',
  'sjabloon',
  'excel(?:-bestand)?',
  'gerangschikt',
]);

const numberWords =
  '\\d+|a few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|' +
  'twenty|thirty|fifty|hundred|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|' +
  'elf|twaalf|vijftien|twintig|dertig|vijftig|honderd';

const units =
  'words?|sentences?|lines?|bullets?|points?|paragraphs?|pages?|items?|ideas?|questions?|' +
  'options?|characters?|minutes?|slides?|headings?|headlines?|tweets?|examples?|steps?|' +
  'reasons?|ways?|causes?|decisions?|variants?|versions?|tips?|names?|suggestions?|' +
  'takeaways?|risks?|recommendations?|activities|hooks?|explanations?|rows?|' +
  'woorden|zinnen|zin|regels?|rijen|punten|alinea|pagina|tekens|minuten|ideeën|vragen|opties|' +
  'manieren|koppen|stappen|redenen|voorbeelden|verklaringen|activiteiten|tips|namen|' +
  "suggesties|risico's|onderzoeksvragen";

const limitWords =
  'max(?:imum|imaal)?|at most|under|no more than|up to|within|at least|' +
  'hooguit|ten hoogste|niet meer dan|onder de|minder dan|minstens';

const lengthPattern = phraseRegex([
  `(?:${numberWords})(?:[- ][\\p{L}-]+){0,2}[- ](?:${units})`,
  `(?:${limitWords}) \\d+`,
  'one[- ]page',
  'single (?:sentence|paragraph|line)',
  'één zin',
  'in een zin',
]);

const brevityPattern = phraseRegex(['short', 'brief', 'concise', 'kort', 'korte', 'beknopt']);

const formatReasons = {
  none: {
    en: 'Does not say what the answer should look like or how long it should be.',
    nl: 'Zegt niet hoe het antwoord eruit moet zien of hoe lang het moet zijn.',
  },
  partial: {
    en: 'Gives the shape or the length of the answer, not both.',
    nl: 'Geeft de vorm of de lengte van het antwoord, niet allebei.',
  },
  full: {
    en: 'Says what the answer should look like and how long it should be.',
    nl: 'Zegt hoe het antwoord eruit moet zien en hoe lang het moet zijn.',
  },
};

/** Output format and length: the shape of the answer and how much of it. */
export function rateOutputFormat(prompt: PromptText): DimensionFinding {
  const format = formatPattern.test(prompt.prose);
  const length = lengthPattern.test(prompt.prose) ? 1 : brevityPattern.test(prompt.prose) ? 0.5 : 0;
  const value = 0.55 * Number(format) + 0.45 * length;

  const techniques = [...(format ? ['format'] : []), ...(length > 0 ? ['length'] : [])];
  const reason =
    value === 0 ? formatReasons.none : value >= 0.75 ? formatReasons.full : formatReasons.partial;

  return { value, reason, techniques };
}

const tonePattern = phraseRegex([
  'tone',
  'formal',
  'informal',
  'friendly',
  'polite',
  'warm',
  'direct',
  'calm',
  'plain (?:english|language|words)',
  'jargon',
  'simple (?:words|language|english)',
  'casual',
  'persuasive',
  'neutral',
  'empathetic',
  'apologetic',
  'apologi[sz]e',
  'respectful',
  'personal',
  'gender[- ]neutral',
  '(?:british|american|us|uk) english',
  'voice',
  'upbeat',
  'humou?r\\w*',
  'playful',
  'diplomatic',
  'firm',
  'reassuring',
  'toon',
  'forme(?:el|le)',
  'informe(?:el|le)',
  'vriendelijk\\w*',
  'beleefd',
  'zakelijk',
  'rustig',
  'eenvoudig\\w*',
  'begrijpelijk\\w*',
  'jip-en-janneke\\w*',
  'managementtaal',
  'persoonlijk',
  'respectvol',
  '[uj]e?-vorm',
  'neutraal',
  'empathisch',
  'luchtig',
  'excuses',
  'helder',
  'taalniveau',
]);

const scopePattern = phraseRegex([
  'do not',
  "don't",
  'without',
  'avoid',
  'never',
  'only',
  'exclud\\w+',
  'except',
  'must not',
  'should not',
  'stick to',
  'limit(?:ed)? to',
  'focus on',
  'leave out',
  'cut',
  'keep (?:the|it|one|all|each|product|to)',
  'no (?:more|jargon|emojis?|buzzwords|marketing|code|changes)',
  'not (?:\\w+ )?(?:change|include|mention|use|promise|guess)',
  'niet',
  'geen',
  'zonder',
  'vermijd',
  'alleen',
  'uitsluitend',
  'behoud\\w*',
  'laat .{1,30} weg',
  'beperk\\w*',
  'focus op',
  'houd',
  'blijf bij',
  'mag niet',
]);

const requirementPattern = phraseRegex([
  'budget',
  'deadline',
  '(?:before|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end|end of|\\d+)',
  '€ ?\\d+',
  '\\$ ?\\d+',
  '\\d+(?:[.,]\\d+)? ?(?:euros?|eur|k)',
  'version',
  '\\p{L}+ \\d+(?:\\.\\d+)+',
  'standard library',
  '(?:dutch|eu|english|german|us|uk) law',
  'gdpr',
  'avg',
  'must',
  'required',
  'compatible',
  'signature',
  'uiterlijk',
  'voor (?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen)',
  'euro',
  '(?:nederlands|europees) recht',
  'wet\\w*',
  'verplicht',
  'versie',
]);

const constraintReasons = {
  none: {
    en: 'No limits on tone, scope or what to leave out.',
    nl: 'Geen grenzen aan toon, reikwijdte of wat weg moet blijven.',
  },
  partial: {
    en: 'Some limits, but tone, scope or hard requirements are missing.',
    nl: 'Enkele grenzen, maar toon, reikwijdte of harde eisen ontbreken.',
  },
  full: {
    en: 'Sets clear limits: tone, scope and hard requirements.',
    nl: 'Stelt duidelijke grenzen: toon, reikwijdte en harde eisen.',
  },
};

/** Constraints: tone, scope and exclusions, hard requirements such as budget or version. */
export function rateConstraints(prompt: PromptText): DimensionFinding {
  const kinds = [
    ['tone', tonePattern.test(prompt.prose)],
    ['scope', scopePattern.test(prompt.prose)],
    ['requirements', requirementPattern.test(prompt.prose)],
  ] as const;
  const techniques = kinds.filter(([, present]) => present).map(([name]) => name);
  const value = [0, 0.45, 0.8, 1][techniques.length] ?? 1;

  const reason =
    value === 0
      ? constraintReasons.none
      : value >= 0.8
        ? constraintReasons.full
        : constraintReasons.partial;

  return { value, reason, techniques };
}

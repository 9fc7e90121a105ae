import { buzzwordPattern, flatteryPattern, stopWords, vagueWords } from './lexicon';
import { clamp01, phraseRegex, wordsOf, type PromptText } from './text';
import type { DimensionFinding } from './types';

// Verbs that, at the start of a sentence or clause, tell the AI what to produce.
const askVerbs = new Set(
  (
    'write draft rewrite summarise summarize explain list compare translate create generate ' +
    'make give find fix review check analyse analyze suggest recommend propose describe ' +
    'outline plan design build implement refactor debug convert turn shorten edit proofread ' +
    'improve help tell show rank prioritise prioritize evaluate assess identify extract ' +
    'calculate estimate predict brainstorm name define formulate prepare produce compose ' +
    'answer respond reply critique score classify categorise categorize sort simplify ' +
    'expand continue complete update adapt tailor optimise optimize test validate verify ' +
    'decide choose pick select advise teach quiz draw sketch map cut condense polish ' +
    'schrijf herschrijf vat leg geef maak noem vergelijk vertaal controleer check ' +
    'beoordeel analyseer bereken bedenk verzin stel formuleer zet zoek vind beschrijf som ' +
    'orden rangschik kies adviseer verbeter pas corrigeer herstel verkort kort breid ontwerp ' +
    'bouw programmeer implementeer test verklaar beantwoord reageer bereid plan toon laat ' +
    'markeer vul structureer zeg vertel schat voorspel categoriseer selecteer lees help ' +
    'evalueer identificeer haal draai benoem signaleer licht schets deel splits groepeer ' +
    'sorteer lever bied reken wijs onderbouw redigeer herformuleer verduidelijk prioriteer ' +
    'flag highlight point rate grade mark split group provide offer share put come work ' +
    'figure go walk read lay reword rephrase paraphrase tighten reformat spot diagnose ' +
    'investigate explore research state forecast draw return'
  ).split(' '),
);

// Ways of asking that do not start with a verb.
const requestPattern = phraseRegex([
  'can (?:you|u)',
  'could you',
  'would you',
  'will you',
  'i need you to',
  "i(?: want|'d like| would like) you to",
  'help me',
  "i(?: need|'m looking for| am looking for| want| would like|'d like) (?:a|an|some|the|\\d+|your)",
  'i need',
  'give me',
  'kun je',
  'kan je',
  'kunt u',
  'kan u',
  'zou je',
  'zou u',
  'wil je',
  'wilt u',
  'ik wil (?:dat je|graag|een)',
  'ik zoek',
  'ik heb .{1,60} nodig',
  'graag een',
  'mag ik',
  'how (?:do|can|should|would) (?:i|we)',
  'what (?:should|would|do you recommend)',
  'hoe (?:kan|moet|zou|kunnen|moeten) (?:ik|we|wij)',
  'wat (?:moet|kan|zou) (?:ik|we|wij)',
]);

// Words a sentence may start with before its verb: "Please write", "Now, graag schrijf".
const openers = new Set(
  (
    'please pls kindly now then also and so ok okay next first finally lastly ' +
    'graag nu dan ook en tot verder eerst daarna vervolgens ten slotte'
  ).split(' '),
);

// Asks that leave the AI to guess what is wanted.
const vaguePattern = phraseRegex([
  'make (?:it|this|that|my \\w+(?: \\w+)?) (?:better|nicer|good|great|pop)',
  'improve (?:it|this|that)',
  '(?:any )?(?:ideas|thoughts|suggestions|feedback)\\s*\\?',
  'what do you think',
  'do something with',
  'help me with (?:this|that|it)',
  'look at (?:this|it)',
  'maak (?:het|dit|er) .{0,20}(?:beter|mooier|moois)',
  'verbeter (?:dit|het)',
  'wat vind je (?:er)?van',
  '(?:ideeën|gedachten|suggesties|feedback)\\s*\\?',
  'iets (?:mee|met) .{0,30}doen',
  'hier(?: ?naar)? kijken',
]);

// TODO [2027-01-15]: any question counts as an ask, so a context dump with a rhetorical
// question ("why is this happening?") escapes no_ask; weigh where the question stands.
/** True when a sentence asks the AI to do something. */
export function isAsk(sentence: string): boolean {
  if (/\?\s*$/.test(sentence) || requestPattern.test(sentence)) return true;

  // A verb may open the sentence or a clause: "Given the log below, list the causes".
  return sentence.split(clauseBreak).some((clause) => startsWithAskVerb(clause));
}

// Clause starts; "and" only where it leads a new instruction ("Act as X and review Y").
const clauseBreak = new RegExp(
  '[,:;(]|\\s[-–]\\s|\\s(?:and then|en dan|en daarna|then)\\s|' +
    '(?<=^(?:act as|you are|je bent|handel als)\\s[^,]{1,60})\\s(?:and|en)\\s',
  'iu',
);

function startsWithAskVerb(clause: string): boolean {
  const words = wordsOf(clause);
  const first = words.find((word) => !openers.has(word));

  return first !== undefined && askVerbs.has(first);
}

/** Words of the asks that name something: not grammar, vagueness, buzz or flattery. */
export function substantiveWords(text: string): string[] {
  const plain = text.replace(buzzwordPattern, ' ').replace(flatteryPattern, ' ');

  return wordsOf(plain).filter(
    (word) =>
      word.length > 1 && !stopWords.has(word) && !vagueWords.has(word) && !askVerbs.has(word),
  );
}

/** True when every ask leaves the AI guessing. */
export function isVagueAsk(askSentences: readonly string[]): boolean {
  if (askSentences.length === 0) return false;

  return askSentences.every(
    (sentence) => vaguePattern.test(sentence) || substantiveWords(sentence).length === 0,
  );
}

// Numbers, capitalised names inside a sentence and quotes show the user gave specifics.
const detailPattern = /\d|(?<=[\p{L},] )\p{Lu}[\p{L}-]+|["“'‘][^"”'’]{3,}["”'’]/u;

const reasons = {
  none: {
    en: 'No instruction found: the prompt never says what the AI should do.',
    nl: 'Geen opdracht gevonden: de prompt zegt nergens wat de AI moet doen.',
  },
  vague: {
    en: 'The ask is too vague to act on: it does not say what "better" means.',
    nl: 'De vraag is te vaag om mee aan de slag te gaan: wat is "beter"?',
  },
  partial: {
    en: 'There is an ask, but what exactly you want stays open.',
    nl: 'Er is een vraag, maar wat je precies wilt blijft open.',
  },
  clear: {
    en: 'The ask is clear and specific.',
    nl: 'De vraag is duidelijk en concreet.',
  },
};

/** Task clarity: is there an instruction, and does it name what to produce? */
export function rateTaskClarity(prompt: PromptText, askSentences: string[]): DimensionFinding {
  if (askSentences.length === 0) return { value: 0, reason: reasons.none, techniques: [] };

  if (isVagueAsk(askSentences)) return { value: 0.15, reason: reasons.vague, techniques: [] };

  // Distinct named things in the asks, up to six, plus concrete details anywhere.
  const named = new Set(substantiveWords(askSentences.join(' '))).size;
  const detail = detailPattern.test(prompt.prose) ? 1 : 0;
  const value = clamp01(0.45 + 0.35 * Math.min(1, named / 6) + 0.2 * detail);

  return {
    value,
    reason: value >= 0.75 ? reasons.clear : reasons.partial,
    techniques: ['clear-ask'],
  };
}

import { phraseRegexGlobal } from './text';

/**
 * Word lists several checks share. A word here never counts as substance: stop words carry
 * grammar, buzzwords and flattery carry no information about the task.
 */

export const stopWords = new Set(
  // English
  (
    'a an the and or but of to for with on in at by from into about as is are was were be ' +
    'been it its this that these those there here i me my we us our you your he she they ' +
    'them their his her what which who whom how why when where can could would will shall ' +
    'should may might must do does did done have has had not no so if then than too very ' +
    'just also some any all more most much many please thanks thank really one get got ' +
    // Dutch
    'de het een en of maar van te voor met op in aan bij uit naar over om als is zijn was ' +
    'waren ben bent wordt worden dit dat deze die er hier daar ik mij me mijn wij we ons onze ' +
    'jij je jou jouw u uw hij zij ze hun wat welke wie hoe waarom wanneer waar kan kun kunt ' +
    'zou zouden wil wilt moet moeten mag niet geen wel ook dan nog al heel erg zo graag ' +
    'alsjeblieft alstublieft even'
  ).split(' '),
);

/** Words that name nothing: "make it better", "maak er iets moois van". */
export const vagueWords = new Set(
  (
    'better good nice great something anything stuff things thing improve improved fix help ' +
    'look ideas idea thoughts thought suggestions opinion feedback think make do work ok okay ' +
    'beter goed mooi moois mooier iets dingen ding verbeter verbeteren help helpen kijken ' +
    'kijk ideeën idee gedachten mening vind ervan doen maak maken werk hiermee ermee mee ' +
    'naar'
  ).split(' '),
);

// TODO [2027-01-15]: the word lists miss paraphrases and other languages than en/nl; measure
// misses on real (redacted) prompt shapes from opted-in users before extending them.
/** Prompting buzzwords that sound like technique but say nothing about the task. */
export const buzzwordPattern = phraseRegexGlobal([
  'world[- ]class',
  'step[- ]by[- ]step',
  'chain[- ]of[- ]thought',
  'think (?:carefully|deeply|hard)',
  'take a deep breath',
  'high[- ]quality',
  'best[- ]possible',
  'best practices?',
  'best[- ]in[- ]class',
  'state[- ]of[- ]the[- ]art',
  'production[- ]ready',
  'optimi[sz]ed',
  'seo[- ]optimi[sz]ed',
  'comprehensive',
  'detailed',
  'thorough',
  'insightful',
  'accurate',
  'professional',
  'perfect',
  'ultimate',
  'experts?',
  'expertise',
  'guru',
  '10x',
  'innovative',
  'creative',
  'viral',
  'engaging',
  'cutting[- ]edge',
  'clean code',
  'masterpiece',
  'in[- ]depth',
  'powerful',
  'compelling',
  'top[- ]notch',
  'actionable',
  'robust',
  'next[- ]level',
  'exceptional',
  'outstanding',
  'flawless',
  'elite',
  'strategic',
  'visionary',
  'inspiring',
  'impactful',
  'seasoned',
  'senior',
  'decades of experience',
  'stap voor stap',
  'wereldklasse',
  'topkwaliteit',
  'hoogwaardige?',
  'hoge kwaliteit',
  'professione(?:el|le)',
  'perfecte?',
  'uitgebreide?',
  'gedetailleerde?',
  'diepgaande?',
  'grondige?',
  'geoptimaliseerde?',
  'krachtige?',
  'inspirerende?',
  'innovatieve?',
  'creatieve?',
  'strategische?',
  'visionaire?',
  'topexpert',
  'ervaren',
  'denk (?:goed|diep|zorgvuldig) na',
  'ultieme?',
  'meesterwerk',
]);

/** Compliments, thanks and pleading that take the place of specifics. */
export const flatteryPattern = phraseRegexGlobal([
  "you(?:'re| are) (?:the|so|such) (?:best|greatest|smartest|amazing|brilliant|good|smart|great)\\w*",
  'the best \\w+ in the world',
  'amazing',
  'brilliant',
  'genius',
  'awesome',
  'fantastic',
  'wonderful',
  'incredible',
  'super smart',
  'so smart',
  'i know you can',
  'i trust you',
  'thank(?:s| you)(?: so much| very much)?(?: in advance)?',
  "i(?: am|'m) so grateful",
  'grateful',
  'you always',
  'please please',
  'really really',
  'very very',
  'so important to me',
  'means a lot',
  "hope you(?:'re| are) (?:well|doing well)",
  'you rock',
  'geweldig\\w*',
  'fantastisch\\w*',
  'briljant\\w*',
  'super slim\\w*',
  'slimste',
  'allerbeste',
  '(?:je|jij) bent de beste',
  'de beste \\w+ (?:ter wereld|die er bestaat)',
  'ik weet (?:zeker )?dat (?:je|jij) dit',
  'bedankt',
  'dank je(?: wel)?',
  'dankjewel',
  'alvast',
  'dankbaar',
  'super lief',
  'echt echt',
  'alsjeblieft alsjeblieft',
]);

import type { TaskKind } from '../roles';
import { countMatches, phraseRegexGlobal, wordsOf } from './text';

type Cue = { kind: Exclude<TaskKind, 'other'>; pattern: RegExp };

// Listed most specific first: on a tie the earlier kind wins, so "translate this summary"
// is translating and "write code" is coding.
const cues: Cue[] = [
  {
    kind: 'translating',
    pattern: phraseRegexGlobal([
      'translat\\w*',
      'vertaal\\w*',
      'into (?:english|german|french|spanish|dutch|italian)',
      'naar het (?:engels|duits|frans|spaans|nederlands)',
    ]),
  },
  {
    kind: 'coding',
    pattern: phraseRegexGlobal([
      'code',
      'function',
      'functie',
      'script\\w*',
      'sql',
      'query',
      'regex',
      'bug\\w*',
      'refactor\\w*',
      'python\\w*',
      'typescript',
      'javascript',
      'java',
      'go-\\w+',
      'api',
      'endpoint',
      'class',
      'compile\\w*',
      'stack trace',
      'unit tests?',
      'programmeer\\w*',
      'pandas',
      'handler',
      'postgres\\w*',
    ]),
  },
  {
    kind: 'summarising',
    pattern: phraseRegexGlobal([
      'summar\\w+',
      'tl;?dr',
      'recap',
      'key points',
      'main points',
      'vat\\w* .{0,40}samen',
      'samenvat\\w*',
      'samenvatting',
      'kernpunten',
      'hoofdpunten',
    ]),
  },
  {
    kind: 'brainstorming',
    pattern: phraseRegexGlobal([
      'ideas?',
      'brainstorm\\w*',
      'come up with',
      'ideeën',
      'idee',
      'bedenk',
      'verzin',
      'names? for',
      'namen voor',
    ]),
  },
  {
    kind: 'deciding',
    pattern: phraseRegexGlobal([
      'should (?:i|we)',
      'choose',
      'decide',
      'decision',
      'which (?:option|one)',
      'pros and cons',
      'recommend\\w*',
      'prioriti[sz]e',
      'rank',
      'moet ik',
      'moeten we',
      'kiezen',
      'kies',
      'beslis\\w*',
      'welke optie',
      'voor- en nadelen',
      'twijfel\\w*',
      'aanraden',
      'advies',
      'rangschik\\w*',
      'eerst .{0,20}opvolgen',
    ]),
  },
  {
    kind: 'analysis',
    pattern: phraseRegexGlobal([
      'analy[sz]\\w*',
      'analyseer',
      'why',
      'causes?',
      'variance',
      'trend\\w*',
      'compare',
      'evaluate',
      'assess',
      'data',
      'waarom',
      'oorza\\w+',
      'verklaring\\w*',
      'vergelijk\\w*',
      'beoordeel',
      'cijfers',
      'controleer',
      'check',
      'test should i use',
      'explain',
      'find (?:out|which|why|the cause)',
      'drop',
      'fell',
      'rose',
      'revenue',
      'figures',
      'daalde',
      'steeg',
      'zoek uit',
      'rechtsgeldig',
    ]),
  },
  {
    kind: 'writing',
    pattern: phraseRegexGlobal([
      'write',
      'draft',
      'rewrite',
      'e-?mail',
      'post',
      'letter',
      'reply',
      'article',
      'blog',
      'job ad',
      'speech',
      'headlines?',
      'newsletter',
      'memo',
      'user stories',
      'quiz',
      'schrijf',
      'herschrijf',
      'brief',
      'bericht',
      'tekst',
      'nieuwsbrief',
      'vacature\\w*',
      'toespraak',
      'koppen',
      'antwoord op',
    ]),
  },
];

// The verb that opens the ask says most about the task: "Write a note explaining why".
const leadVerbs: Record<string, Exclude<TaskKind, 'other'>> = {
  write: 'writing',
  draft: 'writing',
  rewrite: 'writing',
  compose: 'writing',
  schrijf: 'writing',
  herschrijf: 'writing',
  formuleer: 'writing',
  summarise: 'summarising',
  summarize: 'summarising',
  vat: 'summarising',
  translate: 'translating',
  vertaal: 'translating',
  brainstorm: 'brainstorming',
  bedenk: 'brainstorming',
  verzin: 'brainstorming',
  analyse: 'analysis',
  analyze: 'analysis',
  analyseer: 'analysis',
  compare: 'analysis',
  vergelijk: 'analysis',
  fix: 'coding',
  debug: 'coding',
  refactor: 'coding',
  implement: 'coding',
  implementeer: 'coding',
  choose: 'deciding',
  decide: 'deciding',
  kies: 'deciding',
};

// TODO [2027-01-15]: a prompt with no cue is 'other' and its suggestions fall back to a
// generic ask; use the role's most common task kind instead.
/**
 * The task kind a prompt asks for. Cues in the ask count double, because a context dump
 * about code that asks for an e-mail is a writing task.
 */
export function recogniseTaskKind(prose: string, askSentences: readonly string[]): TaskKind {
  const ask = askSentences.join(' ');
  let best: TaskKind = 'other';
  let bestScore = 0;

  const lead = leadVerbs[wordsOf(askSentences[0] ?? '').find((word) => leadVerbs[word]) ?? ''];

  for (const { kind, pattern } of cues) {
    const score =
      countMatches(prose, pattern) + 2 * countMatches(ask, pattern) + (kind === lead ? 3 : 0);

    if (score > bestScore) {
      best = kind;
      bestScore = score;
    }
  }

  return best;
}

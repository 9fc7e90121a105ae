import type { Language } from '@/lib/i18n';
import type { RefusedUpdate } from '@/lib/policy/pack-state';
import type { PackProblem } from '@/lib/policy/validate-pack';
import { dutchRegexProblem, dutchSyntaxProblem } from './parser-error-text';

/**
 * A refused pack's reasons in the reader's language. lib/policy words them in English for
 * the command line and the stored status (its zod schema's messages, its own checks, the
 * pack URL's fetch); this table reads those messages back and says them in Dutch. The JSON
 * path stays as it is: it names the place in the pack, not a word of the UI.
 */

type Wording = (...parts: string[]) => string;

/** Zod's type names in its "expected X, received Y"; record and object are both an object. */
const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  object: 'een object',
  record: 'een object',
  array: 'een lijst',
  date: 'een datum',
  null: 'null',
  nan: 'NaN',
};

const bounds: Record<string, string> = {
  '<=': 'ten hoogste',
  '<': 'minder dan',
  '>=': 'ten minste',
  '>': 'meer dan',
  'exactly ': 'precies',
};

const typeName = (type: string) => typeNames[type] ?? type;

function wrongType(expected: string, received: string): string {
  if (received === 'undefined') return `ontbreekt: verwacht ${typeName(expected)}`;

  return `verkeerde soort waarde: verwacht ${typeName(expected)}, maar dit is ${typeName(received)}`;
}

const units: Record<string, [string, string]> = {
  characters: ['teken', 'tekens'],
  items: ['item', 'items'],
  entries: ['item', 'items'],
  bytes: ['byte', 'bytes'],
};

/** Zod's "Too big/Too small: expected string to have <=200 characters" and kin. */
function size(direction: string, origin: string, bound: string, count: string, unit = ''): string {
  const [one, many] = units[unit] ?? ['', ''];
  const noun = count === '1' ? one : many;
  const [big, small] =
    origin === 'string'
      ? ['te lang', 'te kort']
      : noun
        ? ['te veel items', 'te weinig items']
        : ['te groot', 'te klein'];
  const label = direction === 'big' ? big : small;
  return `${label}: verwacht ${bounds[bound] ?? bound} ${count}${noun ? ` ${noun}` : ''}`;
}

const exact = (english: string, dutch: string): [RegExp, Wording] => [
  new RegExp(`^${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  () => dutch,
];

const dutchMessages: [RegExp, Wording][] = [
  // lib/policy/validate-pack.ts and regex-safety.ts
  [
    /^pack is ([\d.]+) MB, over the 1 MB limit$/,
    (mb) => `het pakket is ${mb.replace('.', ',')} MB, meer dan de grens van 1 MB`,
  ],
  [/^not valid (JSON|YAML): (.*)$/, dutchSyntaxProblem],
  exact('a pack must be a JSON object', 'een pakket moet een JSON-object zijn'),
  exact('the file is empty', 'het bestand is leeg'),
  exact('the file is not text (binary)', 'het bestand is geen tekst (binair bestand)'),
  [
    /^unknown finding type "(.*)" \(see `ascent types`\)$/,
    (type) => `onbekend soort bevinding "${type}" (zie \`ascent types\`)`,
  ],
  [/^invalid regular expression: (.*)$/, dutchRegexProblem],
  [
    /^open to catastrophic backtracking \((exponential|polynomial) time\)$/,
    (kind) =>
      `kwetsbaar voor catastrofale backtracking (${kind === 'exponential' ? 'exponentiële' : 'polynomiale'} tijd)`,
  ],
  exact(
    'could not be proven safe from catastrophic backtracking',
    'niet aantoonbaar veilig voor catastrofale backtracking',
  ),

  // lib/policy/accept-pack.ts and signature.ts
  exact(
    'missing: a publisher key is configured, so the pack must be signed',
    'handtekening ontbreekt: er is een uitgeverssleutel ingesteld, dus het pakket moet ondertekend zijn',
  ),
  exact('not a base64 Ed25519 signature', 'geen base64 Ed25519-handtekening'),
  exact(
    'does not verify with any configured publisher key',
    'klopt met geen enkele ingestelde uitgeverssleutel',
  ),
  exact('does not verify', 'klopt niet'),
  [
    /^(\S+) is lower than (\S+), the version of (\S+) in force from this source$/,
    (lower, current, id) =>
      `${lower} is lager dan ${current}, de versie van ${id} die uit deze bron van kracht is`,
  ],

  // lib/policy/pack-schema.ts, its own messages
  exact(
    'must be lower-case letters, digits, ".", "_" or "-"',
    'mag alleen kleine letters, cijfers, ".", "_" en "-" bevatten',
  ),
  exact(
    'must be a semantic version such as 1.4.0',
    'moet een semantische versie zijn, zoals 1.4.0',
  ),
  exact(
    'must be a host name such as chat.example.com',
    'moet een hostnaam zijn, zoals chat.example.com',
  ),
  exact(
    'must be snake_case',
    'moet snake_case zijn: kleine letters, cijfers en "_", met een letter vooraan',
  ),
  exact('may only use the flags i, m, s and u', 'alleen de vlaggen i, m, s en u zijn toegestaan'),
  exact(
    'answer must point at one of the options',
    'het antwoord (answer) moet naar een van de opties (options) wijzen',
  ),
  exact(
    'must be a base64 Ed25519 signature (64 bytes)',
    'moet een base64 Ed25519-handtekening zijn (64 bytes)',
  ),

  // zod 4's English messages (zod/v4/locales/en.js) for the checks the schema uses
  [/^Invalid input: expected (\w+), received (\w+)$/, wrongType],
  [/^Invalid input: expected (.+)$/, (value) => `ongeldige waarde: verwacht ${value}`],
  [
    /^Invalid option: expected one of (.+)$/,
    (values) => `ongeldige keuze: verwacht een van ${values.replaceAll('"|"', '", "')}`,
  ],
  [/^Too (big|small): expected (\w+) to have (<=|<|>=|>|exactly )(\d+) (\w+)$/, size],
  [/^Too (big|small): expected (\w+) to be (<=|<|>=|>|exactly )(-?[\d.]+)$/, size],
  exact('Invalid URL', 'ongeldige URL'),
  exact('Invalid ISO date', 'ongeldige datum: verwacht JJJJ-MM-DD, zoals 2025-03-31'),
  exact(
    'Invalid ISO datetime',
    'ongeldig tijdstip: verwacht ISO 8601 met tijdzone, zoals 2025-03-31T09:00:00Z',
  ),
  [
    /^Invalid string: must match pattern (.+)$/,
    (pattern) => `ongeldige tekst: moet passen bij het patroon ${pattern}`,
  ],
  [/^Unrecognized key: (.+)$/, (key) => `onbekend veld: ${key}`],
  [/^Unrecognized keys: (.+)$/, (keys) => `onbekende velden: ${keys}`],
  [/^Invalid key in (\w+)$/, () => 'ongeldige veldnaam'],
  [/^Invalid value in (\w+)$/, () => 'ongeldige waarde'],
  exact('Invalid input', 'ongeldige waarde'),

  // lib/policy/pack-url.ts: why a pack URL could not be read
  exact('the pack URL must use https', 'de pakket-URL moet https gebruiken'),
  [/^unreachable: (.*)$/, (detail) => `onbereikbaar: ${dutchFetchDetail(detail)}`],
  [/^no answer within (\d+) seconds$/, (seconds) => `geen antwoord binnen ${seconds} seconden`],
  [/^HTTP (\d+)$/, (status) => `de server antwoordde met HTTP ${status}`],
  exact('answer over the 1 MB limit', 'het antwoord is groter dan 1 MB'),
  exact(
    'the URL returned an HTML page, not a pack',
    'de URL gaf een HTML-pagina terug, geen pakket',
  ),
];

function dutchFetchDetail(detail: string): string {
  if (/timed? ?out|timeout/i.test(detail)) return 'geen antwoord binnen 15 seconden';
  if (/Failed to fetch|fetch failed/i.test(detail)) return 'de server is niet bereikbaar';
  return detail;
}

/** The Dutch for one of Ascent's pack messages; undefined for a message this table lacks. */
export function dutchPackMessage(message: string): string | undefined {
  for (const [pattern, wording] of dutchMessages) {
    const match = pattern.exec(message);
    if (match) return wording(...match.slice(1));
  }

  return undefined;
}

/** One problem's message in `language`; an unknown message stays as lib/policy wrote it. */
export function localisePackMessage(message: string, language: Language): string {
  return language === 'nl' ? (dutchPackMessage(message) ?? message) : message;
}

/** A problem as one line, `$.path: reason`, the way lib/policy's describeProblem joins it. */
export function localiseProblem(problem: PackProblem, language: Language): string {
  return `${problem.path}: ${localisePackMessage(problem.message, language)}`;
}

// `$`, then `.key`, `[3]` or `["odd key"]` parts: jsonPath in lib/policy/validate-pack.ts.
const problemLine = /^(\$(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*): (.*)$/s;

/**
 * A stored one-line reason (`$.a: …; $.b: …`, or a fetch failure without a path) in
 * `language`. Used where only the line was kept, such as the pack URL's last error.
 */
export function localiseReason(reason: string, language: Language): string {
  if (language === 'en') return reason;

  return reason
    .split(/; (?=\$)/)
    .map((line) => {
      const parts = problemLine.exec(line);
      return parts
        ? localiseProblem({ path: parts[1]!, message: parts[2]! }, language)
        : localisePackMessage(line, language);
    })
    .join('; ');
}

/** Why an update was refused: its first three problems, as lib/policy's own reason line. */
export function localiseRefusal(
  refused: Pick<RefusedUpdate, 'reason' | 'problems'>,
  language: Language,
): string {
  if (language === 'en' || refused.problems.length === 0)
    return localiseReason(refused.reason, language);

  return refused.problems
    .slice(0, 3)
    .map((problem) => localiseProblem(problem, language))
    .join('; ');
}

/**
 * Dutch for the parser messages inside a refused pack's reason: V8's JSON.parse and RegExp
 * errors (the same in Chromium and Node) and the yaml library's. Messages these tables miss
 * keep their English detail behind a Dutch opening, so nothing is lost.
 */

const jsonGists: [RegExp, string][] = [
  [/^Unexpected end of JSON input/, 'de tekst houdt op voordat de JSON af is'],
  [/^Expected ',' or '}' after property value/, "na een waarde hoort ',' of '}'"],
  [/^Expected ',' or ']' after array element/, "na een element van een lijst hoort ',' of ']'"],
  [/^Expected ':' after property name/, "na een veldnaam hoort ':'"],
  [/^Expected property name or '}'/, "hier hoort een veldnaam of '}'"],
  [/^Expected double-quoted property name/, 'veldnamen horen tussen dubbele aanhalingstekens'],
  [/^Unterminated string/, 'een tekst tussen aanhalingstekens wordt niet afgesloten'],
  [/^Bad control character in string literal/, 'een tab of regelovergang staat los in een tekst'],
  [/^Bad escaped character/, 'een ongeldige escape (\\) in een tekst'],
  [/^Unexpected non-whitespace character after JSON/, 'na het einde van de JSON staat nog iets'],
  [/^Unexpected token/, 'een onverwacht teken'],
];

const regexGists: [RegExp, string][] = [
  [/Unterminated group$/, 'een groep wordt niet afgesloten'],
  [/Unmatched '\)'$/, "een ')' zonder '('"],
  [/Nothing to repeat$/, 'een herhaling (*, + of ?) zonder iets om te herhalen'],
  [/Unterminated character class$/, "een tekenklasse '[' wordt niet afgesloten"],
  [/Lone quantifier brackets$/, "losse accolades '{}'"],
  [/Incomplete quantifier$/, "een onvolledige herhaling '{'"],
  [/numbers out of order in \{\} quantifier$/, "getallen in omgekeerde volgorde in '{}'"],
  [
    /Range out of order in character class$/,
    'een bereik in omgekeerde volgorde in een tekenklasse',
  ],
  [/Invalid escape$/, 'een ongeldige escape (\\)'],
  [/Invalid group$/, 'een ongeldige groep'],
  [/Invalid capture group name$/, 'een ongeldige naam van een groep'],
  [/Duplicate capture group name$/, 'twee groepen met dezelfde naam'],
  [/Invalid named capture referenced$/, 'een verwijzing naar een groep die niet bestaat'],
  [/Invalid flags/, 'ongeldige vlaggen'],
];

function gist(detail: string, table: [RegExp, string][]): string {
  return table.find(([pattern]) => pattern.test(detail))?.[1] ?? detail;
}

/** "regel 3, kolom 5" from V8's "(line 3 column 5)" or yaml's "at line 3, column 5". */
function location(detail: string): string | undefined {
  const place = /line (\d+),? column (\d+)/.exec(detail);
  if (place) return `regel ${place[1]}, kolom ${place[2]}`;

  // Older V8 gives only a 0-based offset; people count from 1.
  const offset = /at position (\d+)/.exec(detail);
  return offset ? `teken ${Number(offset[1]) + 1}` : undefined;
}

/** validate-pack.ts's own words for text nested past its limit or the YAML parser's stack. */
function dutchNesting(detail: string): string | undefined {
  const deep = /^nested too deeply(?: \(more than (\d+) levels\))?/.exec(detail);
  if (!deep) return undefined;

  return deep[1] ? `te diep genest (meer dan ${deep[1]} niveaus)` : 'te diep genest';
}

/** `not valid JSON: …` or `not valid YAML: …` in Dutch, with the place of the error. */
export function dutchSyntaxProblem(kind: string, detail: string): string {
  const where = location(detail);
  const what =
    dutchNesting(detail) ??
    (kind === 'JSON'
      ? gist(detail.replace(/ in JSON at position.*$/, ''), jsonGists)
      : detail.replace(/ at line \d+, column \d+:?$/, ''));
  return `geen geldige ${kind}${where ? ` (${where})` : ''}: ${what}`;
}

/** `invalid regular expression: …` in Dutch. */
export function dutchRegexProblem(detail: string): string {
  return `ongeldige reguliere expressie: ${gist(detail, regexGists)}`;
}

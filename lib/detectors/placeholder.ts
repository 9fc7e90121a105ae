// Values that stand in for a secret in documentation, templates and masked logs. Checked for
// every token candidate, so they are two patterns (case-sensitive and not) rather than seven.
const caseSensitivePlaceholders = [
  /^\$\{[^}]*\}$|^\$\(?[A-Za-z_][\w]*\)?$|^%[A-Za-z_]\w*%$/, // ${VAR}, $VAR, $(VAR), %VAR%
  /^\{\{.*\}\}$|^\{%.*%\}$|^<[^>]*>$|^\[[^\]]*\]$|^\{[^}]*\}$/, // {{ x }}, <your-key>, [token]
  /^[*xX•·.#_-]+$/, // ******** and xxxx masks
  /\*{3,}|x{4,}|X{4,}|\.\.\./,
];
// Matched ignoring case.
const anyCasePlaceholders = [
  /your[_-]?|example|placeholder|changeme|change[_-]me|dummy|redacted|replace[_-]?me|^todo$|^tbd$|^n\/?a$/,
  /^(null|none|nil|undefined|true|false|empty|secret|password|passwd|token|string|str|int|bool)$/,
  /process\.env|os\.environ|getenv|\benv\(|secrets\.|vault:|keyvault/,
];

const anyOf = (patterns: RegExp[], flags: string) =>
  new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), flags);

const caseSensitivePlaceholder = anyOf(caseSensitivePlaceholders, '');
const anyCasePlaceholder = anyOf(anyCasePlaceholders, 'i');

/** True when a value is a template variable, a mask or a documentation stand-in. */
export function isPlaceholder(value: string): boolean {
  return caseSensitivePlaceholder.test(value) || anyCasePlaceholder.test(value);
}

/** True for code references such as `config.password` or `getToken()`. */
export function isCodeReference(value: string): boolean {
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$|\(.*\)?$|^[A-Za-z_$][\w$]*\[/.test(value);
}

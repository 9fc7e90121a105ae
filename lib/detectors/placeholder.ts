// Values that stand in for a secret in documentation, templates and masked logs. Checked for
// every token candidate, so they are two patterns (case-sensitive and not) rather than seven.
const caseSensitivePlaceholders = [
  // ${VAR} (also `${VAR:?message}`, cut at its space), $VAR, $(VAR), %VAR%, psql's :'var'
  /^\$\{|^\$\(?[A-Za-z_][\w]*\)?$|^%[A-Za-z_]\w*%$|^:['"]?[A-Za-z_]\w*['"]?$/,
  // PowerShell's $env:NAME, Ruby's ENV["NAME"] and ENV.fetch, Perl's $ENV{NAME}
  /^\$env:\w+$|^ENV[[.]|^\$ENV\{/,
  /^\{\{.*\}\}$|^\{%.*%\}$|^<[^>]*>$|^\[[^\]]*\]$|^\{[^}]*\}$/, // {{ x }}, <your-key>, [token]
  /^[*xX•·.#_-]+$/, // ******** and xxxx masks
  /\*{3,}|x{4,}|X{4,}|\.\.\.|\u2026/, // masks, and values cut short with an ellipsis
  // A bracketed note cut at its first space ("[sensitive - hidden]"), a <name> inside a value.
  /^\[[^\]]*$|<[A-Za-z][\w -]*>/,
  // Integrity hashes (sha512-...) and encrypted values: a KMS ciphertext blob, sops ENC[...],
  // Spring's {cipher}, an Ansible vault. What they hide cannot be read from them.
  /^sha(?:1|256|384|512)-[A-Za-z0-9+/]{20,}={0,2}$|^AQICAH|^ENC\[|^\{cipher\}|^\$ANSIBLE_VAULT/,
];
// Matched ignoring case.
const anyCasePlaceholders = [
  /your[_-]?|example|placeholder|changeme|change[_-]me|dummy|redacted|replace[_-]?me|^todo$|^tbd$|^n\/?a$/,
  // The same in Dutch: verander-mij, wijzig-mij, vul-in, jouw-wachtwoord.
  /verander[_-]?mij|wijzig[_-]?mij|^vul[_-]?in|invullen|jouw[_-]|uw[_-]wachtwoord/,
  /^(null|none|nil|undefined|true|false|empty|secret|password|passwd|token|string|str|int|bool)$/,
  // Counting runs stand in for random characters in vendor documentation (xoxb-1234567890-...).
  /0123456|1234567|2345678|3456789|abcdefgh/,
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

// Laravel's `APP_KEY=base64:...` and other base64 values in templates sometimes decode to a
// sentence ("ChangeMePleaseThisIsNotARealKey") or a mask (`KioqKioqKio=` is "********"); a
// real key decodes to random bytes.
const base64Value = /^(?:base64:)?([A-Za-z0-9+/]{8,}={0,2})$/;

/** True when a base64 value decodes to readable text that says it is a stand-in. */
export function decodesToPlaceholder(value: string): boolean {
  const encoded = base64Value.exec(value)?.[1];
  if (!encoded || encoded.length % 4 !== 0) return false;

  try {
    const decoded = atob(encoded);
    return /^[\x20-\x7e]+$/.test(decoded) && isPlaceholder(decoded);
  } catch {
    return false;
  }
}

/** True for code references such as `config.password` or `getToken()`. */
export function isCodeReference(value: string): boolean {
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$|\(.*\)?$|^[A-Za-z_$][\w$]*\[/.test(value);
}

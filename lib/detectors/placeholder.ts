// Values that stand in for a secret in documentation, templates and masked logs.
const placeholderPatterns: RegExp[] = [
  /^\$\{[^}]*\}$|^\$\(?[A-Za-z_][\w]*\)?$|^%[A-Za-z_]\w*%$/, // ${VAR}, $VAR, $(VAR), %VAR%
  /^\{\{.*\}\}$|^\{%.*%\}$|^<[^>]*>$|^\[[^\]]*\]$|^\{[^}]*\}$/, // {{ x }}, <your-key>, [token]
  /^[*xX•·.#_-]+$/, // ******** and xxxx masks
  /your[_-]?|example|placeholder|changeme|change[_-]me|dummy|redacted|replace[_-]?me|^todo$|^tbd$|^n\/?a$/i,
  /^(null|none|nil|undefined|true|false|empty|secret|password|passwd|token|string|str|int|bool)$/i,
  /process\.env|os\.environ|getenv|\benv\(|secrets\.|vault:|keyvault/i,
  /\*{3,}|x{4,}|X{4,}|\.\.\./,
];

/** True when a value is a template variable, a mask or a documentation stand-in. */
export function isPlaceholder(value: string): boolean {
  return placeholderPatterns.some((pattern) => pattern.test(value));
}

/** True for code references such as `config.password` or `getToken()`. */
export function isCodeReference(value: string): boolean {
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$|\(.*\)?$|^[A-Za-z_$][\w$]*\[/.test(value);
}

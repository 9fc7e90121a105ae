import { defineType, findAtHits, findMatches, isLetterAt, toFinding } from './match';
import { decodesToPlaceholder, isCodeReference, isPlaceholder } from './placeholder';
import type { Detector, Finding } from './types';

const urlType = defineType('url_with_password', 'secret');
const passwordType = defineType('password', 'secret');
const genericType = defineType('generic_secret', 'secret');

// scheme://user:password@host for any scheme: web, file transfer, databases, queues, but also
// smtp(s), imap, ldap(s), ssh, git+ssh: a password in a URL is one whatever the protocol.
const urlPattern =
  /\b[a-z][a-z0-9+.-]{1,19}:\/\/([^\s:/@'"<>]*):([^\s@/'"<>]+)@[A-Za-z0-9.\-[\]]+(?::\d+)?/iy;
// A scheme starts at most this far before its `://`.
const longestScheme = 20;

const passwordKey = 'pass(?:word|wd|wort|phrase)?|pwd|wachtwoord|mot_?de_?passe|contrase[ñn]a';
// Matching starts at the key word, so the names around it (client_secret, auth_token) need
// no listing; a bare `key` counts only after the words that make it a credential.
const secretKey = 'secret|token|(?<=(?:api|access|private|signing|encryption|app|master)[_-]?)key';
const keyWordHits = /pass|pwd|wachtwoord|mot_?de_?passe|contrase|secret|token|key/gi;

// Qualifiers that may follow the key word in a name: ENCRYPTION_SECRET_KEY, JWT_SECRET_OLD,
// DB_PASSWORD_BACKUP, API_KEY_V2.
const keyQualifier =
  '(?:[_.-]?key|[_.-](?:backup|old|new|prev|previous|current|next|primary|secondary|prod|production|staging|dev|test|value|b64|base64|hex|raw|v\\d+|\\d+))*';

// A key name (also the tail of DB_PASSWORD, dbPassword or spring.datasource.password), an
// assignment in code, config, JSON, YAML, .env, a connection string or prose ("is"),
// then a quoted value or an unquoted run up to whitespace or `;`.
const assignmentPattern = new RegExp(
  `(?:(${passwordKey})|(${secretKey}))${keyQualifier}(?![A-Za-z0-9])["']?\\]?` +
    `(?:[ \\t]*(?:=>|:=|[:=])[ \\t]*|[ \\t]+(?:is|=)[ \\t]+)` +
    `(?:(["'\`])([^"'\`\\n]{1,200})\\3|([^\\s"'\`;,<>&]{1,200}))`,
  'iy',
);

// Stripe object ids (a card token, a payment method, a customer) name things; they grant
// nothing. A client secret (pi_..._secret_...) holds underscores and still counts.
const stripeObjectId =
  /^(?:tok|pm|pi|cus|ch|card|src|seti|price|prod|sub|acct|evt|txn|re|py|po|ba|in|ii)_[A-Za-z0-9]{8,}$/;

// A stored password hash (bcrypt, argon2, scrypt, PBKDF2, crypt's $1$/$5$/$6$) proves a
// password without being one, and a file path names where a secret is kept
// (`password: /run/secrets/db`).
const storedHash = /^\$(?:2[abxy]?|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*|[156])\$/;
const filePath = /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\)[\w./\\-]+$/;

// A PowerShell cmdlet (`$pw = ConvertTo-SecureString '...'`: the quoted string is the
// secret), and a secret's name or store path (`secret=ops/slack:webhook`, `prod/db/main`).
const cmdletName = /^[A-Z][A-Za-z]+-[A-Z][A-Za-z]+$/;
const secretPath = /^[a-z0-9_-]+(?:\/[a-z0-9_-]+)+(?::[a-z0-9_-]+)?$/;

/** Low-entropy passwords count (`Summer2024!`); plain words and numbers do not. */
function looksLikeSecret(value: string, isPassword: boolean): boolean {
  if (value.length < (isPassword ? 6 : 8)) return false;
  if (/^[a-z]+$/i.test(value) && !isPassword) return false;
  if (/^[a-z]+$/.test(value) || /^\d+$/.test(value) || /^\d+(\.\d+)*[a-z]*$/i.test(value))
    return false;
  if (/^[\w.+-]+@[\w-]+\.[\w.-]+$/.test(value) || /^https?:/.test(value)) return false;
  if (stripeObjectId.test(value) || storedHash.test(value) || filePath.test(value)) return false;
  if (cmdletName.test(value) || secretPath.test(value)) return false;
  if (isSecretVariableName(value) || decodesToPlaceholder(value)) return false;

  return !isPlaceholder(value) && !isCodeReference(value) && !/\s{2}|^\s|\s$/.test(value);
}

/**
 * An environment-variable name as the value (`token=HF_TOKEN`, `password: DB_PASSWORD`,
 * `api_key=OPENAI_API_KEY`) refers to the secret; it is not the secret.
 */
export function isSecretVariableName(value: string): boolean {
  // One case throughout: DB_PASSWORD, or db_password and rapportage_wachtwoord in SQL.
  return (
    /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)$/.test(value) &&
    /(?:^|_)(?:token|key|secret|pass|password|passwd|pwd|auth|credentials?|wachtwoord)(?:_|$)/i.test(
      value,
    )
  );
}

// A vendor token that failed its own detector (bad checksum, wrong length, placeholder) must
// not come back as a generic secret just because it sits after `TOKEN=`.
const vendorPrefix =
  /^(gh[pousr]_|github_pat_|npm_|sk-|[spr]k_(live|test)_|shp(at|ca|pa|ss)_|xox[a-z]-|A[KS]IA|gl[a-z]{1,4}-|hf_|AIza|SG\.|SK[0-9a-f]{8}|pypi-|eyJ)/;

// Words that end in "pass" without being one: Reisepass, bypass, compass, boarding pass.
const notPasswordBefore = /(?:reise|by|com|sur|over|im|boarding )$/i;

function valueStart(match: RegExpExecArray): number {
  return match.index + match[0].length - match[5]!.length;
}

// An `&` ends a value in a query string (password=x&user=y), not after a colon or "is":
// "(password: Tulp&Molen1987)".
const ampersandTail = /&[^\s"'`;,<>]+/y;

function unquotedValue(match: RegExpExecArray, text: string): string {
  const end = match.index + match[0].length;
  ampersandTail.lastIndex = end;
  const separator = text.slice(match.index, valueStart(match));
  const tail = !separator.includes('=') && ampersandTail.exec(text);
  return tail ? match[5]! + tail[0] : match[5]!;
}

// Names of values that are public by design: NEXT_PUBLIC_..., a publishable key, a Mixpanel
// project token (shipped in every page that tracks).
const publicNameBefore = /(?:public|publishable|mixpanel)[\w.-]*$/i;

function validateAssignment(match: RegExpExecArray, text: string) {
  const before = text.slice(Math.max(0, match.index - 30), match.index);
  if (match[1] && notPasswordBefore.test(before.slice(-9))) return undefined;
  if (publicNameBefore.test(before)) return undefined;

  const quoted = match[4] !== undefined;
  // Unquoted values in prose end at the sentence: "the token is abc123." keeps no dot.
  const value = quoted ? match[4]! : unquotedValue(match, text).replace(/[.)]+$/, '');
  const isPassword = match[1] !== undefined;
  if (vendorPrefix.test(value) || !looksLikeSecret(value, isPassword)) return undefined;

  const end = quoted ? match.index + match[0].length - 1 : valueStart(match) + value.length;
  const type = isPassword ? passwordType.type : genericType.type;
  return { start: end - value.length, end, type, confidence: isPassword ? 0.85 : 0.8 };
}

/**
 * URLs with a password, found from each `://` (indexOf) with the pattern tried only at the
 * few offsets before it where a scheme can start. A scheme holds no `:`, so the matches come
 * in the order of their `://`, as a global pattern would find them.
 */
function findUrls(text: string): Finding[] {
  const findings: Finding[] = [];
  let cursor = 0;

  for (let colon = text.indexOf('://'); colon !== -1; colon = text.indexOf('://', colon + 1)) {
    const match = urlBefore(text, colon, cursor);
    if (!match) continue;

    const verdict = validateUrl(match);
    if (verdict) findings.push(toFinding(match, verdict, urlType.category, urlType.type));
    cursor = match.index + match[0].length;
  }

  return findings;
}

function urlBefore(text: string, colon: number, cursor: number): RegExpExecArray | null {
  for (let start = Math.max(cursor, colon - longestScheme); start < colon; start++) {
    if (!isLetterAt(text, start)) continue;

    urlPattern.lastIndex = start;
    const match = urlPattern.exec(text);
    if (match) return match;
  }

  return null;
}

const localHost =
  /@(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|host\.docker\.internal|\[::1\])(?::\d+)?$/;

function validateUrl(match: RegExpExecArray) {
  const [, user, password] = match;
  if (isPlaceholder(password!) || /^(pass(word)?|pwd|secret|user)$/i.test(password!))
    return undefined;
  if (user === '' && password!.length < 3) return undefined;
  // dev:dev@localhost, postgres:postgres@127.0.0.1: a local default, not a credential.
  if (password === user && localHost.test(match[0])) return undefined;

  // Above an e-mail's 0.95: `user:pass@host` must not be reported as the address `pass@host`.
  return { confidence: 0.97 };
}

// `Authorization: Bearer <token>` headers and `--password <value>` command-line flags.
const bearerPattern = /\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)(?![A-Za-z0-9._~+/=-])/g;
const flagPattern =
  /(?<![\w-])--?(?:[a-z-]*password|pass|pwd)(?:=|\s+)(["']?)([^\s"']{4,200})\1(?=\s|$)/gi;

function validateValueGroup(match: RegExpExecArray, group: number, isPassword: boolean) {
  const value = match[group]!;
  if (vendorPrefix.test(value) || !looksLikeSecret(value, isPassword)) return undefined;

  const end = match.index + match[0].length - (group === 2 ? match[1]!.length : 0);
  return { start: end - value.length, end, confidence: isPassword ? 0.85 : 0.8 };
}

// Config files that separate name and value by spaces only: ldap.conf `bindpw`, slapd
// `rootpw`, redis `requirepass`/`masterauth`, a `password` line, and .netrc's
// `login <user> password <value>`. The value must end the line, so prose ("Password Manager
// is great") does not count.
const directivePattern =
  /^[ \t]*(?:[\w./-]+:[ \t]*)?(?:bindpw|rootpw|requirepass|masterauth|passwd|password)[ \t]+(\S{4,200})[ \t]*$/gim;
const netrcPattern = /\blogin[ \t]+\S+[ \t]+password[ \t]+(\S{4,200})/gi;
// PowerShell: ConvertTo-SecureString 'x' -AsPlainText. Cisco IOS: `enable password x`,
// `username u password 0 x` (types 5, 8 and 9 are hashes, which looksLikeSecret turns away),
// and a RADIUS or TACACS+ server's shared `key x`.
const secureStringPattern =
  /ConvertTo-SecureString\s+(?:-String\s+)?(['"])([^'"\n]{4,200})\1\s+-AsPlainText/gi;
const ciscoPasswordPattern =
  /^[ \t]*(?:enable|username[ \t]+\S+(?:[ \t]+privilege[ \t]+\d+)?)[ \t]+(?:password|secret)(?:[ \t]+[07])?[ \t]+(\S{4,200})[ \t]*$/gim;
const sharedKeyPattern = /^[ \t]*(?:server-)?key(?:[ \t]+[07])?[ \t]+(\S{4,200})[ \t]*$/gim;

function validateQuotedArgument(match: RegExpExecArray) {
  const value = match[2]!;
  // A string literal, so brackets in it are characters of the password, not a call.
  if (value.length < 6 || isPlaceholder(value) || isSecretVariableName(value)) return undefined;

  const start = match.index + match[0].indexOf(match[1]!) + 1;
  return { start, end: start + value.length, confidence: 0.85 };
}

function validateSharedKey(match: RegExpExecArray, text: string) {
  const before = text.slice(Math.max(0, match.index - 200), match.index);
  return /radius|tacacs/i.test(before) ? validateLastGroup(match) : undefined;
}

// SQL: CREATE/ALTER ROLE ... PASSWORD 'x', MySQL's IDENTIFIED BY 'x'.
const sqlPasswordPattern = /\b(?:PASSWORD|IDENTIFIED BY)\s+'([^'\n]{1,200})'/gi;

function validateLastGroup(match: RegExpExecArray) {
  const value = match[1]!;
  if (vendorPrefix.test(value) || !looksLikeSecret(value, true)) return undefined;

  const start = match.index + match[0].lastIndexOf(value);
  return { start, end: start + value.length, confidence: 0.8 };
}

// Settings written as name/value pairs: Postman and CloudFormation `{"key": "password",
// "value": "..."}`, Kubernetes `- name: DB_PASSWORD` / `value: ...`, and Terraform outputs
// `"db_secret": { "value": "..." }`.
const secretWord = String.raw`(?:pass(?:word|wd)?|pwd|wachtwoord|secret|token|key)`;
const pairValue = String.raw`(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|([^\s"',}]{1,200}))`;
const pairNameHits = /(?:parameter)?key|name/gi;
const namedPairPattern = new RegExp(
  String.raw`(?:parameterkey|key|name)["']?[ \t]*[:=][ \t]*["']?([\w.-]*?${secretWord}[\w.-]*)["']?[ \t]*(?:,|\n)\s*(?:-[ \t]*)?["']?(?:value|parametervalue)["']?[ \t]*[:=][ \t]*${pairValue}`,
  'iy',
);
// Sticky, tried only where a key word starts (never from every character of a long token).
const nestedValuePattern = new RegExp(
  String.raw`(${secretWord}[\w.-]*)["']?[ \t]*[:=][ \t]*\{\s*["']?value["']?[ \t]*[:=][ \t]*${pairValue}`,
  'iy',
);

function validatePair(match: RegExpExecArray) {
  const value = match[2] ?? match[3] ?? match[4]!;
  const isPassword = /pass|pwd|wachtwoord/i.test(match[1]!);
  if (vendorPrefix.test(value) || !looksLikeSecret(value, isPassword)) return undefined;

  const quoted = match[4] === undefined;
  const end = match.index + match[0].length - (quoted ? 1 : 0);
  const type = isPassword ? passwordType.type : genericType.type;
  return { start: end - value.length, end, type, confidence: 0.8 };
}

/** Passwords and secrets in URLs, assignments and connection strings, except placeholders. */
export const credentialDetector: Detector = {
  id: 'credentials',
  trigger:
    /:\/\/|pass|pwd|bindpw|rootpw|masterauth|identified by|wachtwoord|mot_?de_?passe|contrase|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|signing[_-]?key|encryption[_-]?key|app[_-]?key|master[_-]?key|bearer|securestring|radius|tacacs/i,
  types: [urlType, passwordType, genericType],
  detect: (text): Finding[] => [
    ...findUrls(text),
    ...findAtHits(text, keyWordHits, assignmentPattern, passwordType, validateAssignment),
    ...findMatches(text, bearerPattern, genericType, (match) =>
      validateValueGroup(match, 1, false),
    ),
    ...findMatches(text, flagPattern, passwordType, (match) => validateValueGroup(match, 2, true)),
    ...findMatches(text, directivePattern, passwordType, (match) => validateLastGroup(match)),
    ...findMatches(text, netrcPattern, passwordType, (match) => validateLastGroup(match)),
    ...findMatches(text, sqlPasswordPattern, passwordType, (match) => validateLastGroup(match)),
    ...findMatches(text, secureStringPattern, passwordType, validateQuotedArgument),
    ...findMatches(text, ciscoPasswordPattern, passwordType, (match) => validateLastGroup(match)),
    ...findMatches(text, sharedKeyPattern, passwordType, validateSharedKey),
    ...findAtHits(text, pairNameHits, namedPairPattern, passwordType, validatePair),
    ...findAtHits(text, keyWordHits, nestedValuePattern, passwordType, validatePair),
  ],
};

/**
 * Synthetic values for the detector corpus: for every type a generator of valid values
 * (checksums computed from the public format rules) and one of near misses.
 */
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { passesLuhn } from '../../lib/detectors/payment-card';
import { crc32, toBase62 } from '../../lib/detectors/token-checksum';

export type Random = () => number;

/** Deterministic PRNG (mulberry32) so the corpus is reproducible. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const lower = 'abcdefghijklmnopqrstuvwxyz';
const digits = '0123456789';
const alnum = upper + lower + digits;
const hex = '0123456789abcdef';

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chars = (random: Random, alphabet: string, length: number) =>
  Array.from({ length }, () => pick(random, [...alphabet])).join('');
const digitString = (random: Random, length: number) => chars(random, digits, length);

/** Changes one digit so a checksum no longer holds. */
function breakDigit(random: Random, value: string): string {
  const positions = [...value].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const index = pick(random, positions);
  const digit = (Number(value[index]) + 1 + Math.floor(random() * 8)) % 10;
  return value.slice(0, index) + digit + value.slice(index + 1);
}

function group(value: string, sizes: number[], separator: string): string {
  const parts: string[] = [];
  let offset = 0;
  for (const size of sizes) {
    parts.push(value.slice(offset, offset + size));
    offset += size;
  }

  return parts.filter(Boolean).join(separator);
}

// ---- financial ----

function luhnComplete(body: string): string {
  for (let digit = 0; digit < 10; digit++) if (passesLuhn(body + digit)) return body + digit;
  return body + '0';
}

function card(random: Random): string {
  const [prefix, length, sizes] = pick(random, [
    ['4', 16, [4, 4, 4, 4]],
    ['4', 16, [16]],
    ['51', 16, [4, 4, 4, 4]],
    ['55', 16, [16]],
    ['2221', 16, [4, 4, 4, 4]],
    ['2720', 16, [4, 4, 4, 4]],
    ['34', 15, [4, 6, 5]],
    ['37', 15, [4, 6, 5]],
    ['6011', 16, [4, 4, 4, 4]],
    ['3528', 16, [4, 4, 4, 4]],
    ['36', 14, [4, 6, 4]],
    ['62', 19, [4, 4, 4, 4, 3]],
    ['4', 19, [19]],
  ] as const);
  const number = luhnComplete(prefix + digitString(random, length - prefix.length - 1));
  return group(number, [...sizes], pick(random, [' ', '-']));
}

function cardNearMiss(random: Random): string {
  const kind = random();
  if (kind < 0.5) return breakDigit(random, card(random));
  if (kind < 0.75) return breakDigit(random, luhnComplete('8' + digitString(random, 11)));
  return breakDigit(random, luhnComplete('4' + digitString(random, 11)));
}

const ibanFormats: Record<string, string> = {
  NL: 'AAAA9999999999',
  BE: '999999999999',
  DE: '999999999999999999',
  FR: '9999999999XXXXXXXXXXX99',
  GB: 'AAAA99999999999999',
  ES: '99999999999999999999',
  IT: 'A9999999999XXXXXXXXXXXX',
};

function mod97(value: string): number {
  let remainder = 0;
  for (const c of value) remainder = (remainder * (c >= 'A' ? 100 : 10) + parseInt(c, 36)) % 97;
  return remainder;
}

function ibanCompact(random: Random): string {
  const country = pick(random, Object.keys(ibanFormats));
  const bban = [...ibanFormats[country]!]
    .map((c) => (c === 'A' ? chars(random, upper, 1) : c === '9' ? digitString(random, 1) : chars(random, upper + digits, 1)))
    .join('');
  const check = String(98 - mod97(bban + country + '00')).padStart(2, '0');
  return country + check + bban;
}

function iban(random: Random): string {
  const compact = ibanCompact(random);
  const style = random();
  if (style < 0.5) return compact.replace(/(.{4})(?=.)/g, '$1 ');
  return style < 0.8 ? compact : compact.toLowerCase();
}

function ibanNearMiss(random: Random): string {
  const compact = ibanCompact(random);
  const broken = breakDigit(random, compact.slice(4)) ;
  return (compact.slice(0, 4) + broken).replace(/(.{4})(?=.)/g, '$1 ');
}

// ---- secrets ----

function checksumToken(random: Random, prefix: string): string {
  const body = chars(random, alnum, 30);
  return prefix + body + toBase62(crc32(body));
}

const base64 = alnum + '+/';
const base64url = alnum + '-_';

function b64url(value: string): string {
  return Buffer.from(value).toString('base64url');
}

function jwt(random: Random): string {
  const header = b64url(JSON.stringify({ alg: pick(random, ['HS256', 'RS256']), typ: 'JWT' }));
  const payload = b64url(JSON.stringify({ sub: digitString(random, 8), name: chars(random, lower, 6), iat: 1700000000 + Math.floor(random() * 1e6) }));
  return `${header}.${payload}.${chars(random, base64url, 43)}`;
}

function privateKey(random: Random): string {
  const kind = pick(random, ['RSA PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'EC PRIVATE KEY']);
  const lines = Array.from({ length: 6 + Math.floor(random() * 6) }, () => chars(random, base64, 64));
  return `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----`;
}

const passwords = ['Summer2024!', 'Welkom01!', 'Tr0ub4dor&3', 'Zomer2025#', 'P@ssw0rd99', 'hunter22', 'Lente!2023', 'Qwerty!789'];

function password(random: Random): string {
  return random() < 0.5 ? pick(random, passwords) : chars(random, alnum, 10) + pick(random, ['!', '#', '$', '%']);
}

const placeholders = ['${DB_PASSWORD}', '{{ db_password }}', '<your-password>', '********', 'YOUR_PASSWORD', 'changeme', '%DB_PASS%', '$SECRET'];
const apiPlaceholders = ['YOUR_API_KEY_HERE', '${API_KEY}', '<your-key>', '{{ api_token }}', 'xxxxxxxxxxxxxxxx', 'REPLACE_ME', 'process.env.API_KEY'];

function dbUrl(random: Random, pass: string): string {
  const scheme = pick(random, ['postgres', 'postgresql', 'mysql', 'mongodb', 'redis', 'amqp', 'https', 'ftp', 'mongodb+srv']);
  const host = pick(random, ['db.internal', 'prod-db-01.acme.local', 'cache.example.net', 'mq.bedrijf.nl', 'files.example.org']);
  return `${scheme}://${pick(random, ['admin', 'app', 'svc_user', 'deploy'])}:${pass}@${host}${random() < 0.5 ? ':5432' : ''}`;
}

// ---- government ids ----

function digitsWhere(random: Random, length: number, accept: (digits: string) => boolean, first = ''): string {
  for (;;) {
    const candidate = first + digitString(random, length - first.length);
    if (accept(candidate)) return candidate;
  }
}

function ssnValid(d: string): boolean {
  const area = Number(d.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
}

function bsnValid(d: string): boolean {
  let sum = -Number(d[8]);
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  return sum % 11 === 0 && d[0] !== '0';
}

function nhsValid(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(d[9]);
}

function beNumber(random: Random): string {
  const year = digitString(random, 2);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
  const base = year + month + day + digitString(random, 3);
  const born2000 = random() < 0.3;
  const check = 97 - ((born2000 ? 2_000_000_000 : 0) + Number(base)) % 97;
  return base + String(check).padStart(2, '0');
}

function deTaxValid(d: string): boolean {
  if (d[0] === '0') return false;
  const counts = new Map<string, number>();
  for (const c of d.slice(0, 10)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) product = (((Number(d[i]) + product) % 10 || 10) * 2) % 11;
  const check = 11 - product;
  return (check === 10 ? 0 : check) === Number(d[10]);
}

function nir(random: Random): string {
  const department = pick(random, ['75', '69', '13', '2A', '59', '33']);
  const body = pick(random, ['1', '2']) + digitString(random, 2) + String(1 + Math.floor(random() * 12)).padStart(2, '0') + department + digitString(random, 6);
  const numeric = body.replace('2A', '19').replace('2B', '18');
  const key = String(97 - (Number(numeric) % 97)).padStart(2, '0');
  return group(body + key, [1, 2, 2, 2, 3, 3, 2], ' ');
}

const dniLetters = 'TRWAGMYFPDXBNJZSQVHLCKE';

function dni(random: Random): string {
  if (random() < 0.3) {
    const prefix = pick(random, ['X', 'Y', 'Z']);
    const body = digitString(random, 7);
    return prefix + body + dniLetters[Number('XYZ'.indexOf(prefix) + body) % 23];
  }
  const body = digitString(random, 8);
  return body + (random() < 0.3 ? '-' : '') + dniLetters[Number(body) % 23];
}

const cfOdd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

function codiceFiscale(random: Random): string {
  const body = chars(random, upper, 6) + digitString(random, 2) + pick(random, [...'ABCDEHLMPRST']) + String(1 + Math.floor(random() * 28)).padStart(2, '0') + pick(random, [...'FGHLZ']) + digitString(random, 3);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = body[i]!;
    const value = c <= '9' ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? cfOdd[value]! : value;
  }
  return body + String.fromCharCode(65 + (sum % 26));
}

const verhoeffD = ['0123456789', '1234067895', '2340178956', '3401289567', '4012395678', '5987604321', '6598710432', '7659821043', '8765932104', '9876543210'];
const verhoeffP = ['0123456789', '1576283094', '5803796142', '8916043527', '9453126870', '4286573901', '2793806415', '7046913258'];

function verhoeffValid(d: string): boolean {
  let check = 0;
  for (let i = 0; i < d.length; i++) check = Number(verhoeffD[check]![Number(verhoeffP[i % 8]![Number(d[d.length - 1 - i])])]);
  return check === 0;
}

function nino(random: Random): string {
  const first = pick(random, [...'ABCEHJKLMNPRSTWXYZ']);
  const second = pick(random, [...'ABCEHJKLMPRSTWXYZ']);
  if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(first + second)) return nino(random);
  const number = digitString(random, 6);
  const suffix = pick(random, [...'ABCD']);
  return random() < 0.5 ? `${first}${second}${number}${suffix}` : `${first}${second} ${group(number, [2, 2, 2], ' ')} ${suffix}`;
}

// ---- contact and network ----

const firstNames = ['jan', 'sanne', 'pieter', 'fatima', 'emma', 'liam', 'noah', 'olivia', 'daan', 'sophie', 'mohammed', 'lucas'];
const lastNames = ['devries', 'jansen', 'bakker', 'smith', 'elamrani', 'peeters', 'mueller', 'rossi', 'garcia', 'brown'];
const domains = ['example.com', 'bedrijf.nl', 'acme-corp.co.uk', 'mail.example.org', 'gemeente.example.nl', 'firma.de'];

function email(random: Random): string {
  const local = pick(random, [
    `${pick(random, firstNames)}.${pick(random, lastNames)}`,
    `${pick(random, firstNames)}${Math.floor(random() * 99)}`,
    `${pick(random, firstNames)}+${pick(random, ['news', 'billing', 'hr'])}`,
  ]);
  return `${local}@${pick(random, domains)}`;
}

const phoneTemplates: [string, string][] = [
  ['NL', '06-########'],
  ['NL', '06 ## ## ## ##'],
  ['NL', '+31 6 #### ####'],
  ['NL', '020-#######'],
  ['NL', '010 ### ####'],
  ['NL', '+31 (0)30 ### ####'],
  ['BE', '+32 4## ## ## ##'],
  ['BE', '04## ## ## ##'],
  ['DE', '+49 30 #######'],
  ['DE', '0151 ########'],
  ['FR', '+33 6 ## ## ## ##'],
  ['FR', '01 ## ## ## ##'],
  ['GB', '+44 20 #### ####'],
  ['GB', '07### ######'],
  ['US', '(###) ###-####'],
  ['US', '+1 ###-###-####'],
  ['ES', '+34 6## ### ###'],
  ['IT', '+39 3## ### ####'],
];

function phone(random: Random): string {
  for (;;) {
    const [region, template] = pick(random, phoneTemplates);
    const value = template.replace(/#/g, () => digitString(random, 1));
    if (isValidPhoneNumber(value, region as 'NL')) return value;
  }
}

function ipv4(random: Random): string {
  const octet = () => String(Math.floor(random() * 254) + 1);
  return pick(random, [`10.${octet()}.${octet()}.${octet()}`, `192.168.${octet()}.${octet()}`, `${octet()}.${octet()}.${octet()}.${octet()}`]);
}

function ipv6(random: Random): string {
  const groupHex = () => chars(random, hex, 1 + Math.floor(random() * 4)).replace(/^0+(?=.)/, '');
  return random() < 0.5
    ? `2001:db8:${groupHex()}:${groupHex()}::${groupHex()}`
    : Array.from({ length: 8 }, groupHex).join(':');
}

function mac(random: Random): string {
  const bytes = Array.from({ length: 6 }, () => chars(random, '0123456789ABCDEF', 2));
  if (!bytes.join('').match(/[A-F]/)) bytes[0] = 'AC';
  return bytes.join(pick(random, [':', '-']));
}

/** Every type with its value and near-miss generators. */
export const valueGenerators: Record<string, { value: (r: Random) => string; nearMiss: (r: Random) => string }> = {
  email: { value: email, nearMiss: (r) => pick(r, ['git@github.com:acme/app.git', 'icon@2x.png', `@${pick(r, firstNames)}`, 'git@gitlab.com:team/infra.git', 'logo@3x.webp']) },
  phone: {
    value: phone,
    nearMiss: (r) => pick(r, [digitString(r, 10).replace(/^0/, '4'), String(1600000000 + Math.floor(r() * 1e8)), `2024-0${1 + Math.floor(r() * 8)}-1${Math.floor(r() * 9)}`, `12:${digitString(r, 2)}:0${Math.floor(r() * 9)}`]),
  },
  credit_card: { value: card, nearMiss: cardNearMiss },
  iban: { value: iban, nearMiss: ibanNearMiss },
  aws_access_key_id: { value: (r) => 'AKIA' + chars(r, upper + '234567', 16), nearMiss: (r) => pick(r, ['AKIAIOSFODNN7EXAMPLE', 'AKIA' + chars(r, upper, 12), 'AKIAI44QH8DHBEXAMPLE']) },
  aws_secret_access_key: { value: (r) => 'k' + chars(r, base64, 39), nearMiss: (r) => pick(r, ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', chars(r, hex, 40)]) },
  github_token: { value: (r) => checksumToken(r, pick(r, ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'])), nearMiss: (r) => pick(r, ['ghp_', 'ghs_']) + chars(r, alnum, 36) },
  github_fine_grained_token: { value: (r) => `github_pat_${chars(r, alnum, 22)}_${chars(r, alnum, 59)}`, nearMiss: (r) => `github_pat_${chars(r, alnum, 12)}` },
  gitlab_token: { value: (r) => 'glpat-' + chars(r, alnum + '-_', 20), nearMiss: () => 'glpat-xxxxxxxxxxxxxxxxxxxx' },
  npm_token: { value: (r) => checksumToken(r, 'npm_'), nearMiss: (r) => 'npm_' + chars(r, alnum, 36) },
  pypi_token: { value: (r) => 'pypi-AgEIcHlwaS5vcmc' + chars(r, base64url, 70), nearMiss: (r) => 'pypi-' + chars(r, alnum, 12) },
  huggingface_token: { value: (r) => 'hf_' + chars(r, upper + lower, 34), nearMiss: () => 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  openai_api_key: {
    value: (r) => pick(r, [`sk-proj-${chars(r, alnum + '-_', 40)}T3BlbkFJ${chars(r, alnum + '-_', 40)}`, `sk-${chars(r, alnum, 20)}T3BlbkFJ${chars(r, alnum, 20)}`, `sk-svcacct-${chars(r, alnum, 60)}`, `sk-admin-${chars(r, alnum, 60)}`]),
    nearMiss: (r) => pick(r, ['sk-...', 'sk-proj-YOUR_API_KEY', `sk-${chars(r, alnum, 12)}`]),
  },
  anthropic_api_key: { value: (r) => `sk-ant-api03-${chars(r, base64url, 93)}AA`, nearMiss: () => 'sk-ant-api03-...' },
  slack_token: { value: (r) => `xoxb-${digitString(r, 12)}-${digitString(r, 13)}-${chars(r, alnum, 24)}`, nearMiss: () => 'xoxb-your-token' },
  slack_webhook: { value: (r) => `https://hooks.slack.com/services/T${chars(r, upper + digits, 8)}/B${chars(r, upper + digits, 8)}/${chars(r, alnum, 24)}`, nearMiss: () => 'https://hooks.slack.com/services/T000/B000/XXXX' },
  stripe_live_key: { value: (r) => 'sk_live_' + chars(r, alnum, 24), nearMiss: (r) => pick(r, ['sk_test_', 'pk_live_']) + chars(r, alnum, 24) },
  google_api_key: { value: (r) => 'AIza' + chars(r, alnum + '-_', 35), nearMiss: (r) => 'AIza' + chars(r, alnum, 20) },
  twilio_api_key: { value: (r) => 'SK' + chars(r, hex, 32), nearMiss: (r) => 'SK' + chars(r, hex, 30) },
  sendgrid_api_key: { value: (r) => `SG.${chars(r, base64url, 22)}.${chars(r, base64url, 43)}`, nearMiss: (r) => `SG.${chars(r, alnum, 10)}` },
  shopify_token: { value: (r) => pick(r, ['shpat_', 'shpss_']) + chars(r, hex, 32), nearMiss: (r) => 'shpat_' + chars(r, hex, 20) },
  azure_storage_connection_string: {
    value: (r) => `DefaultEndpointsProtocol=https;AccountName=${chars(r, lower, 10)};AccountKey=${chars(r, base64, 86)}==;EndpointSuffix=core.windows.net`,
    nearMiss: () => 'DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=<account-key>',
  },
  private_key: { value: privateKey, nearMiss: () => '-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----' },
  jwt: { value: jwt, nearMiss: (r) => `eyJ${chars(r, alnum, 20)}.eyJ${chars(r, alnum, 20)}.${chars(r, alnum, 20)}` },
  url_with_password: { value: (r) => dbUrl(r, password(r).replace(/[@#%/]/g, 'x')), nearMiss: (r) => dbUrl(r, pick(r, ['password', '${DB_PASS}', '****', '<password>'])) },
  password: { value: password, nearMiss: (r) => pick(r, placeholders) },
  generic_secret: { value: (r) => chars(r, alnum, 24), nearMiss: (r) => pick(r, apiPlaceholders) },
  us_ssn: {
    value: (r) => group(digitsWhere(r, 9, ssnValid), [3, 2, 4], '-'),
    nearMiss: (r) => pick(r, ['000', '666', '9' + digitString(r, 2)]) + '-' + digitString(r, 2) + '-' + digitString(r, 4),
  },
  uk_nino: { value: nino, nearMiss: (r) => pick(r, ['BG', 'GB', 'QQ', 'DA', 'NK']) + digitString(r, 6) + pick(r, ['A', 'C']) },
  uk_nhs_number: {
    value: (r) => group(digitsWhere(r, 10, nhsValid, '4'), [3, 3, 4], ' '),
    nearMiss: (r) => group(digitsWhere(r, 10, (d) => !nhsValid(d), '4'), [3, 3, 4], ' '),
  },
  nl_bsn: { value: (r) => digitsWhere(r, 9, bsnValid), nearMiss: (r) => digitsWhere(r, 9, (d) => !bsnValid(d) && d[0] !== '0') },
  be_national_number: { value: (r) => group(beNumber(r), [2, 2, 2, 3, 2], '.').replace(/^(\d\d\.\d\d\.\d\d)\./, '$1-'), nearMiss: (r) => group(breakDigit(r, beNumber(r)), [2, 2, 2, 3, 2], '.').replace(/^(\d\d\.\d\d\.\d\d)\./, '$1-') },
  de_tax_id: { value: (r) => digitsWhere(r, 11, deTaxValid), nearMiss: (r) => digitsWhere(r, 11, (d) => !deTaxValid(d) && d[0] !== '0') },
  fr_nir: { value: nir, nearMiss: (r) => breakDigit(r, nir(r)) },
  es_dni: { value: dni, nearMiss: (r) => { const v = dni(r); return v.slice(0, -1) + (v.endsWith('T') ? 'R' : 'T'); } },
  it_codice_fiscale: { value: codiceFiscale, nearMiss: (r) => { const v = codiceFiscale(r); return v.slice(0, -1) + (v.endsWith('A') ? 'B' : 'A'); } },
  in_aadhaar: {
    value: (r) => group(digitsWhere(r, 12, verhoeffValid, pick(r, ['2', '3', '7', '9'])), [4, 4, 4], ' '),
    nearMiss: (r) => group(digitsWhere(r, 12, (d) => !verhoeffValid(d), pick(r, ['2', '3', '7', '9'])), [4, 4, 4], ' '),
  },
  in_pan: { value: (r) => chars(r, upper, 3) + pick(r, ['P', 'C', 'H', 'F']) + chars(r, upper, 1) + digitString(r, 4) + chars(r, upper, 1), nearMiss: (r) => chars(r, upper, 3) + pick(r, ['X', 'D', 'Q']) + chars(r, upper, 1) + digitString(r, 4) + chars(r, upper, 1) },
  passport_number: { value: (r) => pick(r, [chars(r, upper, 2) + digitString(r, 7), digitString(r, 9), chars(r, 'ABCDEFGHJKLMNPRSTUVWXYZ', 3) + digitString(r, 6)]), nearMiss: (r) => chars(r, upper, 2) + digitString(r, 7) },
  ip_address: { value: (r) => (r() < 0.75 ? ipv4(r) : ipv6(r)), nearMiss: (r) => pick(r, ['1.2.3.4', '120.0.6099.109', '999.10.1.1', '2.4.10.1']) },
  mac_address: { value: mac, nearMiss: () => '00:00:00:00:00:00' },
  classification_marker: {
    value: (r) => pick(r, ['CONFIDENTIAL', 'Strictly Confidential', 'Internal use only', 'For internal use only', 'VERTROUWELIJK', 'Strikt vertrouwelijk', 'Alleen voor intern gebruik', 'Intern gebruik', 'STRICTLY CONFIDENTIAL', 'Niet verspreiden']),
    nearMiss: (r) => pick(r, ['confidential', 'vertrouwelijk', 'internal', 'secret']),
  },
};

import { columnHeaderAt } from './context';
import { isWordCode } from './characters';
import { defineType, findInRuns, numberRunsOf, textBefore } from './match';
import type { Detector, Finding, ScanContext } from './types';

const ipType = defineType('ip_address', 'network');
const macType = defineType('mac_address', 'network');

// A host name may end in a dash right before the address (`node-192.168.15.35`), so a dash
// after a letter is allowed; a dash after a digit is a range or a longer id.
const ipv4Pattern = /(?<![\w.]|(?<![A-Za-z])-)\d{1,3}(?:\.\d{1,3}){3}(?![\w-]|\.\d)/y;
// EC2-style host names write the address with dashes: `ip-10-0-1-23.eu-west-1.compute`.
const dashedIpv4Pattern = /(?<=\bip-)\d{1,3}(?:-\d{1,3}){3}(?![\w-])/y;
const ipv6Pattern =
  /(?<![\w:.])(?=[0-9A-Fa-f]{0,4}:)(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)/y;
// A full stop after the address ends the sentence; only `.` + a word character continues it.
const macPattern =
  /(?<![\w:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.\w)/y;

// Four-part versions ("version 1.2.3.4", "Chrome/120.0.6099.109", "current 7.10.2.14,
// available 7.10.3.2") share the dotted shape. A short marker must be right before; a version
// word may be a few words back, unless a network word, `=` or a cell separator comes between.
const versionRightBefore = /\b(?:v|ver\.?|chrome|firefox|edge|safari)[\s:=/]*$/;
// Dutch glues the word on (pakketversie, bestandsversie); a product's "software:" or
// "system:" label names what the number versions.
const versionWord =
  /\b(?:version|versie|build|release|firmware|driver|update|upgrade|patch|kernel|python|runtime|current|available|huidige|beschikbaar|software|system|systeem|pakket)\b|\Bversie\b/g;
const notVersionAfterWord =
  /\b(?:ip|ipv4|address|adres|addr|host|hostname|server|gateway|dns|subnet|peer|src|dst)\b|[=;,|\t]/;
// A table column named firmware or version holds versions in every row.
const versionColumn = /^\s*(?:firmware|version|versie|build|release|driver)\b/i;

/** Four decimal octets of at most 255, without leading zeros. */
export function isIpv4(value: string): boolean {
  return value.split(/[.-]/).every((octet) => Number(octet) <= 255 && !/^0\d/.test(octet));
}

// "firmware core-01 naar 17.9.4a, AP's naar 8.10.185.0": after a version word, a list of
// versions goes on past its commas.
const listedVersion = /\b\d+\.\d+\.\d+[a-z]?,/;
const networkWord = /\b(?:ip|ipv4|address|adres|addr|host|server|gateway|dns|subnet)\b/;

function hasVersionWordBefore(text: string, offset: number): boolean {
  const before = textBefore(text, offset, 80);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (versionRightBefore.test(line)) return true;

  let last: RegExpMatchArray | undefined;
  for (const match of line.matchAll(versionWord)) last = match;
  if (!last) return false;

  const between = line.slice(last.index! + last[0].length);
  if (listedVersion.test(between) && !networkWord.test(between)) return true;
  return line.length - last.index! <= 40 && !notVersionAfterWord.test(between);
}

/** True when the value sits in a table column headed firmware, version, build, ... */
function isInVersionColumn(text: string, offset: number): boolean {
  return versionColumn.test(columnHeaderAt(text, offset));
}

// "16.12.10.1 is de versie van de oude stack", "7.10.2.14 was the build we shipped".
// Also "4.2.11.7 (contractversie ...)": a version word glued on in brackets right after.
const versionWordAfter =
  /^\s+(?:is|was|=)\s+(?:de|the|a|het|een|our|onze)?\s*(?:oude |old |new |nieuwe |huidige |current )?(?:versie|version|build|release|firmware)\b|^\s*\(\w*(?:versie|version)/i;

function hasVersionWordAfter(text: string, end: number): boolean {
  return versionWordAfter.test(text.slice(end, end + 50));
}

// A product name right before versions it: camel case (PayEngine 7.1.3.2) or a component
// suffix (ParnasSys-adapter 4.12.0.3). Hosts and devices are named in lower case or words.
const productNameBefore =
  /(?:\b(?!Host|IP|Addr|Server|Gateway|Proxy|Bind|Listen|Remote|Local|Public|Private|Peer)[A-Z][a-z]+[A-Z][A-Za-z]*|[-_](?:adapter|bridge|client|agent|plugin|module|connector|sdk))[ \t]+$/;

/** Contiguous one bits then zero bits (a netmask), or the inverse (a wildcard mask). */
function isMask(value: string): boolean {
  const bits = value
    .split('.')
    .map((octet) => Number(octet).toString(2).padStart(8, '0'))
    .join('');
  return /^1+0*$/.test(bits) || /^0+1+$/.test(bits);
}

function validateIpv4(text: string, match: RegExpExecArray) {
  if (!isIpv4(match[0]) || hasVersionWordBefore(text, match.index)) return undefined;
  // The unspecified address and loopback point at no one; a netmask or an ACL's wildcard
  // mask (255.255.255.0, 0.0.0.255) is a range's shape, not an address.
  if (/^(?:0\.0\.0\.0|127\.)/.test(match[0]) || isMask(match[0])) return undefined;
  if (isInVersionColumn(text, match.index)) return undefined;
  if (hasVersionWordAfter(text, match.index + match[0].length)) return undefined;
  // A single slash right before is a user-agent product token, `//` is a URL.
  if (text[match.index - 1] === '/' && text[match.index - 2] !== '/') return undefined;
  if (productNameBefore.test(text.slice(Math.max(0, match.index - 30), match.index)))
    return undefined;

  return { confidence: 0.88 };
}

/** Eight 16-bit groups, or fewer with exactly one `::`; an IPv4 tail counts as two. */
export function isIpv6(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2 || !/\d/.test(value)) return false;

  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (
    groups.some(
      (group) => !/^[0-9A-Fa-f]{1,4}$/.test(group) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(group),
    )
  ) {
    return false;
  }

  // Eight two-digit groups are an EUI-64 interface or clock id (00:1b:19:ff:fe:0a:3c:11).
  if (halves.length === 1 && groups.every((group) => group.length === 2)) return false;

  const size = groups.length + (groups.at(-1)?.includes('.') ? 1 : 0);
  return halves.length === 2 ? size <= 7 && groups.length >= 2 : size === 8;
}

function validateMac(match: RegExpExecArray): boolean {
  const hex = match[0].replace(/[:.-]/g, '').toLowerCase();
  return !/^(0+|f+)$/.test(hex) && (/[a-f]/.test(hex) || /[:-]/.test(match[0]));
}

const isHex = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/**
 * Where an IPv6 or MAC address can start: the beginning of a run of hex digits and colons
 * around a colon, of `xx-xx-` and of `xxxx.xxxx.`. Found with indexOf, far cheaper than
 * trying the patterns at every offset.
 */
export function hexAddressStarts(text: string): number[] {
  const starts: number[] = [];
  let covered = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    if (colon < covered) continue;

    covered = colon + 1;
    let colons = 1;
    for (let code = text.charCodeAt(covered); isHexOrColon(code); code = text.charCodeAt(++covered))
      if (code === 58) colons++;
    // IPv6 needs two colons and a MAC five; `key: value` and `12:30` stop here, before the
    // walk back to where the address starts.
    if (colons < 2) continue;

    let start = colon;
    while (start > 0 && colon - start < 40 && isHexOrColon(text.charCodeAt(start - 1))) start--;
    starts.push(start);
  }
  addSeparatedStarts(text, '-', 2, starts);
  addSeparatedStarts(text, '.', 4, starts);

  return starts.sort((a, b) => a - b);
}

const isHexOrColon = (code: number) => code === 58 || isHex(code);

// `group` hex digits, the separator, and the same separator again `group + 1` further on.
function addSeparatedStarts(text: string, separator: string, group: number, starts: number[]) {
  const code = separator.charCodeAt(0);
  for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) {
    if (text.charCodeAt(at + group + 1) !== code) continue;
    if (!isHex(text.charCodeAt(at - 1)) || !isHex(text.charCodeAt(at - group))) continue;

    starts.push(at - group);
    at += 3 * group + 3;
  }
}

function findHexAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  let cursor = 0;
  for (const start of hexAddressStarts(text)) {
    if (start < cursor) continue;

    const finding = hexAddressAt(text, start);
    if (finding) {
      findings.push(finding);
      cursor = finding.end;
    }
  }

  return findings;
}

function hexAddressAt(text: string, start: number): Finding | undefined {
  macPattern.lastIndex = start;
  const mac = macPattern.exec(text);
  if (mac && validateMac(mac)) return addressFinding(macType.type, start, mac[0], 0.9);

  ipv6Pattern.lastIndex = start;
  const ipv6 = ipv6Pattern.exec(text);
  if (ipv6 && isIpv6(ipv6[0])) return addressFinding(ipType.type, start, ipv6[0], 0.88);

  return undefined;
}

function addressFinding(type: string, start: number, value: string, confidence: number): Finding {
  return { category: 'network', type, start, end: start + value.length, confidence };
}

// The first octet is one to three digits and a dot, not right after a word character or a
// dot (the pattern's lookbehind); the dashed form follows `ip-`. Checked at every digit
// group, so by character code: no strings cut out.
const ipv4Filter = {
  minDigits: 4,
  accepts: (text: string, group: number) =>
    !isWordCode(text.charCodeAt(group - 1)) &&
    text.charCodeAt(group - 1) !== 46 &&
    (text.charCodeAt(group + 1) === 46 ||
      text.charCodeAt(group + 2) === 46 ||
      text.charCodeAt(group + 3) === 46),
};
const dashedIpv4Filter = {
  minDigits: 4,
  accepts: (text: string, group: number, runStart: number) =>
    group === runStart &&
    text.charCodeAt(group - 1) === 45 &&
    (text.charCodeAt(group - 2) | 32) === 112 &&
    (text.charCodeAt(group - 3) | 32) === 105,
};

function findIpv4(text: string, context?: ScanContext): Finding[] {
  const runs = numberRunsOf(text, context);
  return [
    ...findInRuns(text, runs, ipv4Filter, ipv4Pattern, ipType, (match) =>
      validateIpv4(text, match),
    ),
    ...findInRuns(text, runs, dashedIpv4Filter, dashedIpv4Pattern, ipType, (match) =>
      isIpv4(match[0]) ? { confidence: 0.8 } : undefined,
    ),
  ];
}

/** IPv4 (not versions), IPv6 and MAC addresses. */
export const networkDetector: Detector = {
  id: 'network',
  types: [ipType, macType],
  detect: (text, context): Finding[] => [...findIpv4(text, context), ...findHexAddresses(text)],
};

import { defineType, findMatches, textBefore } from './match';
import type { Detector, Finding } from './types';

const ipType = defineType('ip_address', 'network', 'IP address', 'IP-adres');
const macType = defineType('mac_address', 'network', 'MAC address', 'MAC-adres');

const ipv4Pattern = /(?<![\w.-])\d{1,3}(?:\.\d{1,3}){3}(?![\w-]|\.\d)/g;
const ipv6Pattern =
  /(?<![\w:.])(?=[0-9A-Fa-f]{0,4}:)(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?(?![\w:]|\.\d)/g;
const macPattern =
  /(?<![\w:.-])(?=[0-9A-Fa-f]{2}[:-]|[0-9A-Fa-f]{4}\.)(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:.-])/g;

// Four-part versions ("version 1.2.3.4", "Chrome/120.0.6099.109") share the dotted shape.
// TODO [2027-01-15]: version words further back ("current 7.10.2.14") are not seen, an IP glued to a
// hostname (`node-192.168.15.35`) is missed, and a MAC address before a full stop is missed.
const versionContext =
  /\b(version|versie|ver\.?|v|build|release|firmware|driver|update|chrome|firefox|edge|safari)[\s:=/]*$/;

/** Four decimal octets of at most 255, without leading zeros. */
export function isIpv4(value: string): boolean {
  return value.split('.').every((octet) => Number(octet) <= 255 && !/^0\d/.test(octet));
}

function validateIpv4(text: string, match: RegExpExecArray) {
  if (!isIpv4(match[0])) return undefined;
  if (versionContext.test(textBefore(text, match.index, 20))) return undefined;
  // A single slash right before is a user-agent product token, `//` is a URL.
  if (text[match.index - 1] === '/' && text[match.index - 2] !== '/') return undefined;

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

  const size = groups.length + (groups.at(-1)?.includes('.') ? 1 : 0);
  return halves.length === 2 ? size <= 7 && groups.length >= 2 : size === 8;
}

function validateMac(match: RegExpExecArray) {
  const hex = match[0].replace(/[:.-]/g, '').toLowerCase();
  if (/^(0+|f+)$/.test(hex) || (!/[a-f]/.test(hex) && !/[:-]/.test(match[0]))) return undefined;

  return { confidence: 0.9 };
}

/** IPv4 (not versions), IPv6 and MAC addresses. */
export const networkDetector: Detector = {
  id: 'network',
  types: [ipType, macType],
  detect: (text): Finding[] => [
    ...findMatches(text, ipv4Pattern, ipType, (match) => validateIpv4(text, match)),
    ...findMatches(text, ipv6Pattern, ipType, (match) =>
      isIpv6(match[0]) ? { confidence: 0.88 } : undefined,
    ),
    ...findMatches(text, macPattern, macType, validateMac),
  ],
};

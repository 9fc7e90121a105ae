import { defineType, findMatches } from './match';
import type { Detector } from './types';

const accessKeyType = defineType('aws_access_key_id', 'secret');
const secretKeyType = defineType('aws_secret_access_key', 'secret');

// AKIA long-term user keys, ASIA temporary STS keys, and the other documented
// unique-id prefixes; the remaining 16 characters are upper-case letters and digits.
const accessKeyPattern =
  /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA)[A-Z0-9]{16}(?![A-Za-z0-9])/g;

// A 40-character secret is only told apart from a git hash or a checksum by the key name
// in front of it, so the pattern insists on one; qualifiers may follow (`..._KEY_BACKUP`).
// Between name and value: `=`, `:`, `=>`, a CSV or table cell separator, or only spaces and
// tabs on the same line, as in settings tables, `config set` commands and credentials files.
const secretKeyPattern =
  /(aws[_-]?secret[_-]?(?:access[_-]?)?key|secret[_-]?access[_-]?key|aws[_ -]?secret)(?:_[A-Za-z0-9]+){0,2}["']?(?:\s*(?:[:=,;|]|=>|:=)\s*|[ \t]+)["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi;

/**
 * Issued ids are random. Documentation masks them (AKIAXXXXXXXXXXXXXXXX, AKIA000000000000
 * 0000, AKIA1234123412341234) or ends them in EXAMPLE: a character four times in a row or
 * fewer than six distinct characters after the prefix gives them away.
 */
export function isIssuedKeyId(value: string): boolean {
  const random = value.slice(4);
  return !value.endsWith('EXAMPLE') && !/(.)\1{3}/.test(random) && new Set(random).size >= 6;
}

/** AWS access key ids (fixed prefix) and secret access keys (only after their key name). */
export const awsDetector: Detector = {
  id: 'aws',
  trigger: /AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|secret/i,
  types: [accessKeyType, secretKeyType],
  detect: (text) => [
    ...findMatches(text, accessKeyPattern, accessKeyType, (match) =>
      isIssuedKeyId(match[0]) ? { confidence: 0.97 } : undefined,
    ),
    ...findMatches(text, secretKeyPattern, secretKeyType, (match) => {
      const value = match[2]!;
      if (/EXAMPLE/i.test(value) || !/[A-Z]/.test(value) || !/[a-z]/.test(value)) return undefined;

      const start = match.index + match[0].length - value.length;
      return { start, end: start + value.length, confidence: 0.95 };
    }),
  ],
};

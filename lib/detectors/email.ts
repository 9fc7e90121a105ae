import { isAlphanumericCode } from './characters';
import { defineType } from './match';
import type { Detector, Finding } from './types';

const emailType = defineType('email', 'contact');

// Matching starts at each `@` and reads outwards, which is far cheaper than trying a
// local part at every word of a long text. The local part is what
// /[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?$/ finds in the 64 characters before
// the `@`, read backwards by localPartStart (the pattern backtracks at each of the 64 offsets).
const domainAfter =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-@]|\.[A-Za-z0-9])/;

// Retina image names (`logo@2x.png`) and module paths look like addresses but end in a
// file extension, never in a top-level domain people mail.
const fileExtensions = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'css', 'js', 'ts']);

// . _ % + -
const isLocalPunctuation = (code: number) =>
  code === 46 || code === 95 || code === 37 || code === 43 || code === 45;

/**
 * Where the local part before the `@` at `at` starts, or -1: the earliest letter or digit
 * from which only local-part characters follow, the last of them not a `.`.
 */
function localPartStart(text: string, at: number): number {
  const last = text.charCodeAt(at - 1);
  if (last === 46 || !(isAlphanumericCode(last) || isLocalPunctuation(last))) return -1;

  const limit = Math.max(0, at - 64);
  let from = at - 1;
  while (from > limit && isLocalCharacter(text.charCodeAt(from - 1))) from--;
  while (from < at && !isAlphanumericCode(text.charCodeAt(from))) from++;

  return from < at ? from : -1;
}

const isLocalCharacter = (code: number) => isAlphanumericCode(code) || isLocalPunctuation(code);

function emailAt(text: string, at: number): Finding | undefined {
  const localStart = localPartStart(text, at);
  const local = localStart === -1 ? undefined : text.slice(localStart, at);
  const domain = domainAfter.exec(text.slice(at + 1, at + 256))?.[0];
  if (!local || !domain || local.includes('..') || domain.includes('..')) return undefined;

  const start = at - local.length;
  const end = at + 1 + domain.length;
  return isAddress(text, start, end, domain)
    ? { category: 'contact', type: 'email', start, end, confidence: 0.95 }
    : undefined;
}

function isAddress(text: string, start: number, end: number, domain: string): boolean {
  if (/[\w.%+\-@]/.test(text[start - 1] ?? '')) return false;
  if (fileExtensions.has(domain.slice(domain.lastIndexOf('.') + 1).toLowerCase())) return false;

  // An scp-style git remote continues with `:path` right after the host.
  if (/^:[\w~/]/.test(text.slice(end, end + 2))) return false;

  // `scheme://user:password@host` is a URL's user info, not an address.
  return !/:\/\/[^\s/@]*$/.test(text.slice(Math.max(0, start - 80), start));
}

/** E-mail addresses; not `git@host:org/repo` remotes, not image names like `icon@2x.png`. */
export const emailDetector: Detector = {
  id: 'email',
  trigger: /@/,
  types: [emailType],
  detect: (text) => {
    const findings: Finding[] = [];
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
      const finding = emailAt(text, at);
      if (finding) findings.push(finding);
    }

    return findings;
  },
};

import { defineType, findMatches } from './match';
import type { Detector } from './types';

const privateKeyType = defineType('private_key', 'secret');

const pemPattern =
  /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----([\s\S]{0,12000}?)-----END \1-----/g;

/**
 * A real key body is base64, a few hundred characters at least; documentation stubs
 * (`...`, `<key>`, `MIIE...`) are too short or not base64.
 */
function hasRealBody(body: string): boolean {
  // Inside a JSON string or an .env value the line breaks are written `\n` (or `\\n`).
  const lines = body
    .replace(/\\+[rn]/g, '\n')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.includes(':'));
  const base64 = lines.join('').replace(/\s/g, '');
  return base64.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(base64);
}

/** PEM private key blocks with a real body. */
export const privateKeyDetector: Detector = {
  id: 'private-key',
  trigger: /-----BEGIN /,
  types: [privateKeyType],
  detect: (text) =>
    findMatches(text, pemPattern, privateKeyType, (match) =>
      hasRealBody(match[2]!) ? { confidence: 0.99 } : undefined,
    ),
};

import { defineType, findMatches } from './match';
import type { Detector } from './types';

const jwtType = defineType('jwt', 'secret');

// Header and payload are base64url JSON objects, so both start with `eyJ` (`{"`). A token
// without its signature (`alg: none`, or "[signature removed]") grants nothing a server
// should accept, so the signature must be there: at least 16 characters (HS256 has 43).
const jwtPattern =
  /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,1000}(?![A-Za-z0-9_-])/g;

function decodesToJsonObject(part: string): boolean {
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const parsed: unknown = JSON.parse(atob(padded));
    return typeof parsed === 'object' && parsed !== null;
  } catch {
    return false;
  }
}

/** JSON Web Tokens whose header and payload decode to JSON objects. */
export const jwtDetector: Detector = {
  id: 'jwt',
  trigger: /eyJ/,
  types: [jwtType],
  detect: (text) =>
    findMatches(text, jwtPattern, jwtType, (match) => {
      const [header, payload] = match[0].split('.');
      if (!decodesToJsonObject(header!) || !decodesToJsonObject(payload!)) return undefined;

      return { confidence: 0.97 };
    }),
};

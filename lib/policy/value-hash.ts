const encoder = new TextEncoder();

/**
 * The salted SHA-256 (hex) under which a value marked not sensitive is remembered. Only
 * the hash is stored; content scripts hash a finding's value the same way to compare.
 */
export async function hashValue(salt: string, value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(`${salt}\u0000${value}`));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A new random salt, made once per profile. */
export function newSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

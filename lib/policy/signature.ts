import * as ed from '@noble/ed25519';

import { canonicalPackJson } from './canonical-json';

/**
 * Ed25519 signatures over a pack's canonical JSON. Keys are raw 32-byte keys in base64,
 * signatures 64 bytes in base64. Uses WebCrypto's SHA-512 (noble's async API), which the
 * background, extension pages and Node all have.
 */

export type SignatureState = 'verified' | 'unsigned' | 'unverified' | 'invalid';

export interface SignatureCheck {
  state: SignatureState;
  /** Why a signature was not accepted; absent when verified or unsigned. */
  reason?: string;
}

const encoder = new TextEncoder();

/** Base64 to bytes; undefined for text that is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;

  const binary = atob(text);
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

export function toBase64(bytes: Uint8Array): string {
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
}

/** A new key pair as base64 raw keys. */
export async function generateKeyPair(): Promise<{ privateKey: string; publicKey: string }> {
  const { secretKey, publicKey } = await ed.keygenAsync();
  return { privateKey: toBase64(secretKey), publicKey: toBase64(publicKey) };
}

/** The pack with a `signature` block over its canonical form (an old signature is replaced). */
export async function signPack(
  pack: Record<string, unknown>,
  privateKey: string,
): Promise<Record<string, unknown>> {
  const key = fromBase64(privateKey.trim());
  if (key?.length !== 32) throw new Error('the private key must be 32 bytes in base64');

  const message = encoder.encode(canonicalPackJson(pack));
  const signature = await ed.signAsync(message, key);
  const unsigned = { ...pack };
  delete unsigned.signature;
  return { ...unsigned, signature: { algorithm: 'ed25519', value: toBase64(signature) } };
}

/**
 * Checks a pack's signature against the configured public keys (any may match, so keys
 * can be rotated). Without keys a signed pack is `unverified`, not trusted.
 */
export async function checkPackSignature(
  pack: Record<string, unknown>,
  publicKeys: readonly string[],
): Promise<SignatureCheck> {
  const signature = readSignature(pack.signature);
  if (signature === null) return { state: 'unsigned' };
  if (signature === undefined)
    return { state: 'invalid', reason: '$.signature: not a base64 Ed25519 signature' };
  if (publicKeys.length === 0) return { state: 'unverified' };

  const message = encoder.encode(canonicalPackJson(pack));
  for (const publicKey of publicKeys) {
    if (await verifyWith(signature, message, publicKey)) return { state: 'verified' };
  }

  return {
    state: 'invalid',
    reason: '$.signature: does not verify with any configured publisher key',
  };
}

/** null: no signature block; undefined: a block that holds no usable signature. */
function readSignature(block: unknown): Uint8Array | null | undefined {
  if (block === undefined) return null;
  if (typeof block !== 'object' || block === null) return undefined;

  const value = (block as { value?: unknown }).value;
  const bytes = typeof value === 'string' ? fromBase64(value) : undefined;
  return bytes?.length === 64 ? bytes : undefined;
}

async function verifyWith(
  signature: Uint8Array,
  message: Uint8Array,
  publicKey: string,
): Promise<boolean> {
  const key = fromBase64(publicKey.trim());
  if (key?.length !== 32) return false;

  try {
    // A small-order key (all zeros, for one) verifies forged signatures: never trust one.
    if (ed.Point.fromBytes(key).isSmallOrder()) return false;
    return await ed.verifyAsync(signature, message, key, { zip215: false });
  } catch {
    // A key that is not a valid curve point verifies nothing.
    return false;
  }
}

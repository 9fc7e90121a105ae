import { fromBase64 } from '../policy/signature';
import { UsageError } from './command';
import { readTextFile } from './read-text-file';

/**
 * Key files from `pack keygen`. Both kinds hold one base64 Ed25519 key of 32 bytes, so the
 * key alone cannot say which kind it is: the private key file starts with a label line, and a
 * file without one (older keygen, or a copied key) is told apart by its .key or .pub name.
 */

export type KeyKind = 'private' | 'public';

/** Bytes in an Ed25519 key, public or private. */
const keyLength = 32;

const privateKeyLabel = '# ascent pack signing key (private, keep it secret)';

const whatIsNeeded: Record<KeyKind, string> = {
  private: 'pack sign needs the private key, PREFIX.key from pack keygen',
  public: 'pack verify needs the public key, PREFIX.pub from pack keygen',
};

/** The text keygen writes to PREFIX.key. */
export function privateKeyFileText(privateKey: string): string {
  return `${privateKeyLabel}\n${privateKey}\n`;
}

/** The key in `file`, which must be of `kind`; the other kind is a usage error (exit 2). */
export function readKeyFile(file: string, kind: KeyKind): string {
  const text = readTextFile(file);
  const found = keyKindOf(file, text);
  if (found && found !== kind)
    throw new UsageError(`${file} is a ${found} key; ${whatIsNeeded[kind]}`);

  const key = text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('')
    .trim();
  // Any other file would only fail later as a bad signature (exit 1), hiding the real mistake.
  if (fromBase64(key)?.length !== keyLength)
    throw new UsageError(`${file} is not a ${kind} key; ${whatIsNeeded[kind]}`);

  return key;
}

function keyKindOf(file: string, text: string): KeyKind | undefined {
  if (text.startsWith(privateKeyLabel)) return 'private';
  if (file.endsWith('.pub')) return 'public';
  if (file.endsWith('.key')) return 'private';

  return undefined;
}

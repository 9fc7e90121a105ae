import { existsSync, writeFileSync } from 'node:fs';

import { generateKeyPair } from '../policy/signature';
import { UsageError, type Command } from './command';
import { privateKeyFileText } from './key-file';

/**
 * `pack keygen PREFIX`: writes PREFIX.key (private, labelled, mode 600) and PREFIX.pub (the
 * bare public key, as managed policy's `publisherKeys` takes it).
 */
export const packKeygen: Command['run'] = async (args, output) => {
  if (args.length !== 1) throw new UsageError('pack keygen needs exactly one PREFIX');

  const prefix = args[0]!;
  // Overwriting a signing key by accident would strand every browser that trusts it.
  if (existsSync(`${prefix}.key`)) throw new UsageError(`${prefix}.key already exists`);

  const { privateKey, publicKey } = await generateKeyPair();
  try {
    writeFileSync(`${prefix}.key`, privateKeyFileText(privateKey), { mode: 0o600 });
    writeFileSync(`${prefix}.pub`, `${publicKey}\n`);
  } catch (error) {
    throw new UsageError(`cannot write ${prefix}.key: ${(error as NodeJS.ErrnoException).code}`);
  }

  output.stdout(
    `wrote ${prefix}.key (keep it secret) and ${prefix}.pub (publisher key: ${publicKey})\n`,
  );
  return 0;
};

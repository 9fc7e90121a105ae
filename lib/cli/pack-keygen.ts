import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { generateKeyPair } from '../policy/signature';
import { UsageError, type Command } from './command';
import { privateKeyFileText } from './key-file';
import { describeFileError } from './read-text-file';

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
  writeKeyFile(`${prefix}.key`, privateKeyFileText(privateKey), 0o600);
  writeKeyFile(`${prefix}.pub`, `${publicKey}\n`);

  output.stdout(
    `wrote ${prefix}.key (keep it secret) and ${prefix}.pub (publisher key: ${publicKey})\n`,
  );
  return 0;
};

/** Writes one key file; a missing folder is the usual failure, so it is named. */
function writeKeyFile(file: string, text: string, mode?: number): void {
  try {
    writeFileSync(file, text, { mode });
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `folder ${path.dirname(file)} does not exist`
        : describeFileError(error);
    throw new UsageError(`cannot write ${file}: ${reason}`);
  }
}

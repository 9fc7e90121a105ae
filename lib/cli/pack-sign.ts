import { signPack } from '../policy/signature';
import { parseArguments, UsageError, type Command } from './command';
import { readKeyFile } from './key-file';
import { readValidPack, readPackValue } from './pack-read';

/** `pack sign --key PREFIX.key FILE`: prints the signed pack as JSON; refuses an invalid pack. */
export const packSign: Command['run'] = async (args, output) => {
  const { options, positional } = parseArguments(args, { boolean: [], value: ['--key'] });
  const keyFile = options.get('--key');
  if (typeof keyFile !== 'string' || positional.length !== 1)
    throw new UsageError('pack sign needs --key PREFIX.key and one FILE');

  const file = positional[0]!;
  const privateKey = readKeyFile(keyFile, 'private');
  if (!readValidPack(file, output)) return 1;

  let signed: Record<string, unknown>;
  try {
    signed = await signPack(readPackValue(file), privateKey);
  } catch (error) {
    throw new UsageError(`cannot sign with ${keyFile}: ${(error as Error).message}`);
  }

  output.stdout(`${JSON.stringify(signed, null, 2)}\n`);
  return 0;
};

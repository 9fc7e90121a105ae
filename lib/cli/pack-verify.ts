import { checkPackSignature } from '../policy/signature';
import { parseArguments, UsageError, type Command } from './command';
import { readKeyFile } from './key-file';
import { readPackValue } from './pack-read';

/** `pack verify --pub PREFIX.pub FILE`: 0 when the signature verifies, 1 when not or unsigned. */
export const packVerify: Command['run'] = async (args, output) => {
  const { options, positional } = parseArguments(args, { boolean: [], value: ['--pub'] });
  const keyFile = options.get('--pub');
  if (typeof keyFile !== 'string' || positional.length !== 1)
    throw new UsageError('pack verify needs --pub PREFIX.pub and one FILE');

  const file = positional[0]!;
  const check = await checkPackSignature(readPackValue(file), [readKeyFile(keyFile, 'public')]);
  if (check.state === 'verified') {
    output.stdout(`${file}: signature verified\n`);
    return 0;
  }

  output.stderr(`${file}: ${check.reason ?? '$.signature: missing, the pack is unsigned'}\n`);
  return 1;
};

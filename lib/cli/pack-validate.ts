import { checkPack } from '../policy/validate-pack';
import { UsageError, type Command } from './command';
import { readPackValue, writeProblems } from './pack-read';

/** `pack validate FILE`: 0 valid, 1 invalid (each problem with its JSON path), 2 unreadable. */
export const packValidate: Command['run'] = (args, output) => {
  if (args.length !== 1) throw new UsageError('pack validate needs exactly one FILE');

  const file = args[0]!;
  const checked = checkPack(readPackValue(file));
  if (!checked.ok) {
    writeProblems(file, checked.problems, output);
    return 1;
  }

  output.stdout(`${file}: valid pack ${checked.pack.id} ${checked.pack.version}\n`);
  return 0;
};

import { UsageError, type Command } from './command';
import { packKeygen } from './pack-keygen';
import { packSchemaCommand } from './pack-schema';
import { packSign } from './pack-sign';
import { packTest } from './pack-test';
import { packValidate } from './pack-validate';
import { packVerify } from './pack-verify';

const subcommands: Record<string, Command['run']> = {
  validate: packValidate,
  keygen: packKeygen,
  sign: packSign,
  verify: packVerify,
  test: packTest,
  schema: packSchemaCommand,
};

/** `pack validate|keygen|sign|verify|test|schema ...`: tools for pack authors. */
export const packCommand: Command = {
  name: 'pack',
  usage:
    'pack validate FILE | keygen PREFIX | sign --key PREFIX.key FILE | verify --pub PREFIX.pub FILE | test FILE SAMPLES_DIR | schema [--check]',
  run: (args, output) => {
    const [name, ...rest] = args;
    const run = name === undefined ? undefined : subcommands[name];
    if (!run) throw new UsageError(`pack needs one of: ${Object.keys(subcommands).join(', ')}`);

    return run(rest, output);
  },
};

import { UsageError, type Command } from './command';
import { packKeygen } from './pack-keygen';
import { packSchemaCommand, schemaFile } from './pack-schema';
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
  usage: [
    'pack validate FILE',
    'pack keygen PREFIX',
    'pack sign --key PREFIX.key FILE',
    'pack verify --pub PREFIX.pub FILE',
    'pack test FILE SAMPLES_DIR',
    'pack schema [--check]',
  ],
  notes: [
    'keygen writes PREFIX.key (private, mode 600) and PREFIX.pub; sign prints to standard output',
    'test: expect.json in SAMPLES_DIR ({"sample.txt": "block"}) makes it a regression test',
    `schema writes ${schemaFile} (Ascent's copy); --check only compares, exit 1 when stale`,
  ],
  run: (args, output) => {
    const [name, ...rest] = args;
    const run = name === undefined ? undefined : subcommands[name];
    if (!run) throw new UsageError(`pack needs one of: ${Object.keys(subcommands).join(', ')}`);

    return run(rest, output);
  },
};

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { format, resolveConfig } from 'prettier';

import { packJsonSchema } from '../policy/pack-schema';
import { parseArguments, UsageError, type Command } from './command';
import { describeFileError } from './read-text-file';

/**
 * Ascent's own public/pack.schema.json, found from this file rather than the current folder:
 * run elsewhere, `pack schema` would otherwise overwrite whatever public/ folder is there.
 */
export const schemaFile = fileURLToPath(new URL('../../public/pack.schema.json', import.meta.url));

/** The JSON Schema text exactly as shipped, formatted the way the repository's Prettier does. */
export async function packSchemaText(): Promise<string> {
  const options = await resolveConfig(schemaFile);
  return format(JSON.stringify(packJsonSchema()), { ...options, filepath: schemaFile });
}

/** `pack schema [--check]`: writes public/pack.schema.json, or checks that it is up to date. */
export const packSchemaCommand: Command['run'] = async (args, output) => {
  const { options, positional } = parseArguments(args, { boolean: ['--check'], value: [] });
  if (positional.length > 0) throw new UsageError('pack schema takes no FILE');

  const text = await packSchemaText();
  if (options.has('--check')) {
    if (readSchema() === text) return 0;

    output.stderr(`${schemaFile} is out of date: run \`npm run --silent ascent -- pack schema\`\n`);
    return 1;
  }

  try {
    writeFileSync(schemaFile, text);
  } catch (error) {
    throw new UsageError(`cannot write ${schemaFile}: ${describeFileError(error)}`);
  }

  output.stdout(`wrote ${schemaFile}\n`);
  return 0;
};

function readSchema(): string {
  try {
    return readFileSync(schemaFile, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${schemaFile}: ${describeFileError(error)}`);
  }
}

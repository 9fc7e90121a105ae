import { readFileSync, writeFileSync } from 'node:fs';

import { format, resolveConfig } from 'prettier';

import { packJsonSchema } from '../policy/pack-schema';
import { parseArguments, type Command } from './command';

export const schemaFile = 'public/pack.schema.json';

/** The JSON Schema text exactly as shipped, formatted the way the repository's Prettier does. */
export async function packSchemaText(): Promise<string> {
  const options = await resolveConfig(schemaFile);
  return format(JSON.stringify(packJsonSchema()), { ...options, filepath: schemaFile });
}

/** `pack schema [--check]`: writes public/pack.schema.json, or checks that it is up to date. */
export const packSchemaCommand: Command['run'] = async (args, output) => {
  const { options } = parseArguments(args, { boolean: ['--check'], value: [] });
  const text = await packSchemaText();

  if (options.has('--check')) {
    const current = readFileSync(schemaFile, 'utf8');
    if (current === text) return 0;

    output.stderr(`${schemaFile} is out of date: run \`npm run --silent ascent -- pack schema\`\n`);
    return 1;
  }

  writeFileSync(schemaFile, text);
  output.stdout(`wrote ${schemaFile}\n`);
  return 0;
};

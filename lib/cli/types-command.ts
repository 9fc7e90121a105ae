import { findingTypes } from '../detectors/index';
import { parseArguments, UsageError, type Command } from './command';

/** `types [--json]`: every finding type with its category and labels. */
export const typesCommand: Command = {
  name: 'types',
  usage: ['types [--json]'],
  run: (args, output) => {
    const { options, positional } = parseArguments(args, { boolean: ['--json'], value: [] });
    if (positional.length > 0) throw new UsageError('types takes no FILE');

    const types = findingTypes();
    if (options.has('--json')) {
      output.stdout(`${JSON.stringify(types, null, 2)}\n`);
      return 0;
    }

    const width = Math.max(...types.map((info) => info.type.length));
    for (const info of types) {
      output.stdout(
        `${info.type.padEnd(width)}  ${info.category.padEnd(13)}  ${info.label.en} / ${info.label.nl}\n`,
      );
    }

    return 0;
  },
};

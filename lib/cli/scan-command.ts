import { scanText, type Finding } from '../detectors/index';
import { parseArguments, UsageError, type Command, type CommandOutput } from './command';
import { lineColumn, readTextFile } from './read-text-file';

interface FileResult {
  file: string;
  text: string;
  findings: Finding[];
}

/** `scan [--json] [--pack FILE] [--region CC] FILE...`: exit 1 when anything was found. */
export const scanCommand: Command = {
  name: 'scan',
  usage: 'scan [--json] [--pack FILE] [--region CC] FILE...',
  run: (args, output) => {
    const { options, positional } = parseArguments(args, {
      boolean: ['--json'],
      value: ['--pack', '--region'],
    });
    if (positional.length === 0) throw new UsageError('scan needs at least one FILE');
    // TODO [2027-01-15]: load organisation patterns from the pack once the policy-pack issue lands.
    if (options.has('--pack')) throw new UsageError('--pack is not yet supported');

    const region = readRegion(options.get('--region'));
    const texts = positional.map((file) => ({ file, text: readTextFile(file) }));
    const results = texts.map(({ file, text }) => ({
      file,
      text,
      findings: scanText(text, { region }),
    }));

    if (options.has('--json')) output.stdout(`${JSON.stringify(results.map(toJson), null, 2)}\n`);
    else results.forEach((result) => writeReadable(result, output));

    return results.some((result) => result.findings.length > 0) ? 1 : 0;
  },
};

function readRegion(value: string | true | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!/^[A-Za-z]{2}$/.test(value))
    throw new UsageError(`--region needs a two-letter country code, got ${value}`);

  return value.toUpperCase();
}

function toJson({ file, findings }: FileResult) {
  return {
    file,
    findings: findings.map(({ category, type, start, end, confidence }) => ({
      category,
      type,
      start,
      end,
      confidence,
    })),
  };
}

/** One line per finding with where and what, never the matched value. */
function writeReadable({ file, text, findings }: FileResult, output: CommandOutput): void {
  if (findings.length === 0) {
    output.stdout(`${file}: no findings\n`);
    return;
  }

  for (const finding of findings) {
    const { line, column } = lineColumn(text, finding.start);
    const confidence = finding.confidence.toFixed(2);
    output.stdout(
      `${file}:${line}:${column}  ${finding.category}  ${finding.type}  (confidence ${confidence})\n`,
    );
  }
}

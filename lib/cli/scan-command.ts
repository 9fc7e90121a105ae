import { scanText, type Finding } from '../detectors/index';
import { applyPack } from '../policy/pack-rules';
import type { PolicyPack } from '../policy/pack-schema';
import { checkPack, describeProblem } from '../policy/validate-pack';
import { parseArguments, UsageError, type Command, type CommandOutput } from './command';
import { readPackValue } from './pack-read';
import { phoneRegions } from './phone-regions';
import { createLineLocator, readTextFiles } from './read-text-file';

interface FileResult {
  file: string;
  text: string;
  findings: Finding[];
}

/** `scan [--json] [--pack FILE] [--region CC] FILE...`: exit 1 when anything was found. */
export const scanCommand: Command = {
  name: 'scan',
  usage: ['scan [--json] [--pack FILE] [--region CC] FILE...'],
  notes: [
    'prints FILE:LINE:COLUMN per finding, never the value; exit 1 when anything was found',
    'LINE and COLUMN are 1-based; COLUMN counts Unicode code points (an emoji like U+1F642 is 1)',
    '--json: start and end are offsets in UTF-16 code units, as JavaScript strings count them',
    `--region CC: the country of phone numbers written without +code: ${phoneRegions.join(', ')}`,
    '`-` as FILE reads standard input (once)',
  ],
  run: (args, output) => {
    const { options, positional } = parseArguments(args, {
      boolean: ['--json'],
      value: ['--pack', '--region'],
    });
    if (positional.length === 0) throw new UsageError('scan needs at least one FILE');

    const region = readRegion(options.get('--region'));
    const pack = readPackOption(options.get('--pack'));
    const texts = readTextFiles(positional);
    const results = texts.map(({ file, text }) => ({
      file,
      text,
      findings: pack
        ? applyPack(pack, text, region).map((hit) => hit.finding)
        : scanText(text, { region }),
    }));

    if (options.has('--json')) output.stdout(`${JSON.stringify(results.map(toJson), null, 2)}\n`);
    else results.forEach((result) => writeReadable(result, output));

    return results.some((result) => result.findings.length > 0) ? 1 : 0;
  },
};

/** The pack whose patterns and exceptions apply; an invalid one is an input error (exit 2). */
function readPackOption(file: string | true | undefined): PolicyPack | undefined {
  if (typeof file !== 'string') return undefined;

  const checked = checkPack(readPackValue(file));
  if (checked.ok) return checked.pack;

  throw new UsageError(`invalid pack ${file}: ${describeProblem(checked.problems[0]!)}`);
}

/** A region the phone detector has national formats for; any other would silently do nothing. */
function readRegion(value: string | true | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;

  const region = value.toUpperCase();
  if (!phoneRegions.includes(region)) {
    const known = phoneRegions.join(', ');
    throw new UsageError(
      `--region must be a country the phone detector knows (${known}), got ${value}`,
    );
  }

  return region;
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

  const locate = createLineLocator(text);
  for (const finding of findings) {
    const { line, column } = locate(finding.start);
    const confidence = finding.confidence.toFixed(2);
    output.stdout(
      `${file}:${line}:${column}  ${finding.category}  ${finding.type}  (confidence ${confidence})\n`,
    );
  }
}

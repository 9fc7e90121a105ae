import { analyzePrompt, type PromptAnalysis } from '../coaching/analyzer/index';
import { roleIds, type RoleId } from '../coaching/roles';
import { parseArguments, UsageError, type Command, type CommandOutput } from './command';
import { readTextFiles } from './read-text-file';

interface FileResult {
  file: string;
  analysis: PromptAnalysis;
}

/**
 * `coach [--json] [--role ROLE] [--lang en|nl] FILE...`: the prompt score per file. Scoring
 * is advice, not a check, so a low score still exits 0.
 */
export const coachCommand: Command = {
  name: 'coach',
  usage: ['coach [--json] [--role ROLE] [--lang en|nl] FILE...'],
  notes: [
    `--role: one of ${roleIds.join(', ')} (default general)`,
    '`-` as FILE reads standard input',
  ],
  run: (args, output) => {
    const { options, positional } = parseArguments(args, {
      boolean: ['--json'],
      value: ['--role', '--lang'],
    });
    if (positional.length === 0) throw new UsageError('coach needs at least one FILE');

    const role = readRole(options.get('--role'));
    const lang = readLanguage(options.get('--lang'));
    const texts = readTextFiles(positional);
    const results = texts.map(({ file, text }) => ({
      file,
      analysis: analyzePrompt(text, { role, lang }),
    }));

    if (options.has('--json')) output.stdout(`${JSON.stringify(results.map(toJson), null, 2)}\n`);
    else results.forEach((result) => writeReadable(result, output));

    return 0;
  },
};

function readRole(value: string | true | undefined): RoleId {
  if (value === undefined || value === true) return 'general';
  if (!(roleIds as readonly string[]).includes(value)) {
    throw new UsageError(`unknown role ${value}; one of ${roleIds.join(', ')}`);
  }

  return value as RoleId;
}

function readLanguage(value: string | true | undefined): 'en' | 'nl' | undefined {
  if (value === undefined || value === true) return undefined;
  if (value !== 'en' && value !== 'nl')
    throw new UsageError(`--lang must be en or nl, got ${value}`);

  return value;
}

function toJson({ file, analysis }: FileResult) {
  return {
    file,
    score: analysis.score,
    dimensions: analysis.dimensions,
    suggestions: analysis.suggestions,
  };
}

/** The score, then each dimension and each suggestion on its own line; never the prompt. */
function writeReadable({ file, analysis }: FileResult, output: CommandOutput): void {
  const patterns = analysis.antiPatterns.length ? `, ${analysis.antiPatterns.join(', ')}` : '';
  output.stdout(
    `${file}: ${analysis.score}/100 (${analysis.taskKind}, ${analysis.language}${patterns})\n`,
  );

  for (const [id, dimension] of Object.entries(analysis.dimensions)) {
    output.stdout(`  ${id.padEnd(17)} ${dimension.value.toFixed(2)}  ${dimension.reason}\n`);
  }

  for (const suggestion of analysis.suggestions) output.stdout(`  -> ${suggestion.text}\n`);
}

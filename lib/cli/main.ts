/**
 * `ascent` command line: the same detectors as the extension, in Node. Each command is a
 * file in lib/cli/ listed in the table below. Never imported by the extension.
 */
import { coachCommand } from './coach-command';
import { UsageError, type Command, type CommandOutput } from './command';
import { packCommand } from './pack-command';
import { scanCommand } from './scan-command';
import { typesCommand } from './types-command';

/** The command table; `coach` and `pack` join it as their own files. */
export const commands: Command[] = [scanCommand, typesCommand, coachCommand, packCommand];

const processOutput: CommandOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The usage lines of `selected`, with their notes below them for --help. */
function usage(selected = commands, withNotes = false): string {
  const lines = selected.flatMap((command) => [
    ...command.usage.map((line) => `  ${line}`),
    ...(withNotes ? (command.notes ?? []) : []).flatMap((note) => wrap(note, '      ', 100)),
  ]);
  return ['usage: ascent COMMAND ...', ...lines].join('\n');
}

/** Breaks `text` at spaces into lines of at most `width`, each after `indent`. */
function wrap(text: string, indent: string, width: number): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = `${indent}  `;
    }

    line += `${word} `;
  }

  return [...lines, line.trimEnd()];
}

/** Runs one command line and returns its exit code. */
export async function runCli(
  args: string[],
  output: CommandOutput = processOutput,
): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h' || name === 'help') {
    output.stdout(`${usage(commands, true)}\n`);
    return 0;
  }

  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    output.stderr(
      `${name === undefined ? 'no command given' : `unknown command ${name}`}\n${usage()}\n`,
    );
    return 2;
  }

  if (rest.includes('--help') || rest.includes('-h')) {
    output.stdout(`${usage([command], true)}\n`);
    return 0;
  }

  try {
    return await command.run(rest, output);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;

    output.stderr(`ascent ${command.name}: ${error.message}\n`);
    return 2;
  }
}

if (process.argv[1]?.endsWith('main.ts')) {
  // A reader that stops early (`| head`) closes the pipe; that is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

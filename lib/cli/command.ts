/** Where a command writes; tests pass their own, main.ts passes the process streams. */
export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One `ascent` command; each lives in its own file and is listed in main.ts. */
export interface Command {
  name: string;
  /** The ways to call it, one line each, shown in the usage text. */
  usage: string[];
  /** What --help adds below the usage lines: units, defaults, files written. */
  notes?: string[];
  /** Returns the exit code: 0 done and valid, 1 a check failed, 2 usage or input error. */
  run(args: string[], output: CommandOutput): number | Promise<number>;
}

/** A mistake in how the command was called or an input that cannot be read (exit 2). */
export class UsageError extends Error {}

/** Splits arguments into flags (with their values) and positional arguments. */
export function parseArguments(
  args: string[],
  flags: { boolean: string[]; value: string[] },
): { options: Map<string, string | true>; positional: string[] } {
  const options = new Map<string, string | true>();
  const positional: string[] = [];

  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (flags.boolean.includes(arg)) options.set(arg, true);
    else if (flags.value.includes(arg)) options.set(arg, requireValue(arg, args[++index]));
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }

  return { options, positional };
}

function requireValue(flag: string, value: string | undefined): string {
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}

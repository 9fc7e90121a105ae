import { checkSync } from 'recheck';

/**
 * Is a pack's regular expression safe to run on every paste? A pattern open to
 * catastrophic backtracking would freeze the chat page, so recheck (an automaton and
 * fuzzing ReDoS checker) must prove it safe. Returns the reason it is not, or undefined.
 */
export function regexProblem(source: string, flags = ''): string | undefined {
  try {
    new RegExp(source, flags);
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message}`;
  }

  // recheck runs its pure JavaScript engine here; it gives up with `unknown` on timeout.
  const diagnostics = checkSync(source, flags, { timeout: 10_000 });
  if (diagnostics.status === 'safe') return undefined;
  if (diagnostics.status === 'vulnerable')
    return `open to catastrophic backtracking (${diagnostics.complexity.type} time)`;

  return 'could not be proven safe from catastrophic backtracking';
}

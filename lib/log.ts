/**
 * Ascent's one logger. It is silent unless the user switches debug logging on in the
 * settings, and callers never pass prompt text or matched values to it: only ids, counts
 * and error messages.
 */
let enabled = false;

/** Switches debug output on or off; storage.ts calls this when the setting changes. */
export function setDebugLogging(on: boolean): void {
  enabled = on;
}

type LogArgument = string | number | boolean | null | undefined | Error;

function write(level: 'debug' | 'warn' | 'error', args: LogArgument[]): void {
  if (!enabled) return;

  // The one sanctioned console call: everything else logs through here.
  // eslint-disable-next-line no-console
  console[level]('[Ascent]', ...args);
}

export const log = {
  debug: (...args: LogArgument[]) => write('debug', args),
  warn: (...args: LogArgument[]) => write('warn', args),
  error: (...args: LogArgument[]) => write('error', args),
};

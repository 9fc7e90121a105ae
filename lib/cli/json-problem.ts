import { createLineLocator } from './read-text-file';

/**
 * A JSON.parse error as one line for people: without V8's quote of the text (which can span
 * lines) and with its position as line and column, like every other position Ascent prints.
 */
export function describeJsonError(error: unknown, text: string): string {
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/, ".*is not valid JSON$/s, '')
    .replace(/ \(line \d+ column \d+\)/, '');
  const position = /at position (\d+)$/.exec(message);
  if (!position) return message;

  const { line, column } = createLineLocator(text)(Number(position[1]));
  return `${message.slice(0, position.index)}at line ${line}, column ${column}`;
}

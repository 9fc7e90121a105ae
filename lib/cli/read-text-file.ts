import { readFileSync } from 'node:fs';
import { UsageError } from './command';

const decoder = new TextDecoder('utf-8', { fatal: true });

// What the common read errors mean, for people rather than for errno tables.
const readErrors: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'a folder, not a file',
  EACCES: 'permission denied',
};

/**
 * Reads a file as UTF-8 text (`-` reads standard input); unreadable or non-UTF-8 input is a
 * usage error (exit 2).
 */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(
      `cannot read ${file === '-' ? 'standard input' : file}: ${readErrors[code] ?? code}`,
    );
  }

  try {
    return decoder.decode(bytes);
  } catch {
    throw new UsageError(`cannot read ${file}: not UTF-8 text`);
  }
}

/** 1-based line and column (in UTF-16 code units, like the offsets) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line++;
    lineStart = index + 1;
  }

  return { line, column: offset - lineStart + 1 };
}

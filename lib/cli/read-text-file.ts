import { readFileSync } from 'node:fs';
import { UsageError } from './command';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text; unreadable or non-UTF-8 input is a usage error (exit 2). */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
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

import { readFileSync } from 'node:fs';
import { UsageError } from './command';

const decoder = new TextDecoder('utf-8', { fatal: true });

// What the common file errors mean, for people rather than for errno tables.
const fileErrors: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'a folder, not a file',
  EACCES: 'permission denied',
  ENOTDIR: 'a part of the path is not a folder',
};

/** A file error's code in words, e.g. `no such file` for ENOENT. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return fileErrors[code] ?? code;
}

/**
 * Reads a file as UTF-8 text (`-` reads standard input); unreadable or non-UTF-8 input is a
 * usage error (exit 2).
 */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const name = file === '-' ? 'standard input' : file;
    throw new UsageError(`cannot read ${name}: ${describeFileError(error)}`);
  }

  try {
    return decoder.decode(bytes);
  } catch {
    throw new UsageError(`cannot read ${file}: not UTF-8 text`);
  }
}

/** Reads every file in order; standard input can be read once only, so a second `-` is refused. */
export function readTextFiles(files: string[]): { file: string; text: string }[] {
  if (files.filter((file) => file === '-').length > 1)
    throw new UsageError('`-` (standard input) can be given only once');

  return files.map((file) => ({ file, text: readTextFile(file) }));
}

export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Turns offsets into text into 1-based line and column, in O(log n) each after one pass over
 * the text. Offsets count UTF-16 code units (as JavaScript strings do); the column counts code
 * points, so an emoji written as a surrogate pair is one column. (A grapheme made of several
 * code points, like a flag or a letter with a combining accent, still counts each of them.)
 */
export function createLineLocator(text: string): (offset: number) => LineColumn {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    lineStarts.push(index + 1);

  // Where the second half of each surrogate pair sits: each one is a code unit, not a column.
  const pairEnds: number[] = [];
  for (const match of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g))
    pairEnds.push(match.index + 1);

  return (offset) => {
    const line = countAtOrBelow(lineStarts, offset);
    const lineStart = lineStarts[line - 1]!;
    const pairsBefore = countAtOrBelow(pairEnds, offset - 1) - countAtOrBelow(pairEnds, lineStart);

    return { line, column: offset - lineStart - pairsBefore + 1 };
  };
}

/** How many of the ascending `values` are at most `limit` (a binary search). */
function countAtOrBelow(values: number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! <= limit) low = middle + 1;
    else high = middle;
  }

  return low;
}

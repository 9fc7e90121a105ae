import { textBefore } from './match';

// In a pasted table (CSV, TSV, Markdown) the word that names a value sits in the column's
// header, often many lines up, not just before the value. These helpers find that header so
// context-dependent detectors (SSN, passport, NHS) read a table the way a person does.

/** Cell separators, most specific first: a tab-separated row may still hold commas. */
const separators = ['\t', '|', ';', ','] as const;

/** How far up a header is looked for; a longer table loses its header context. */
const maxRowsUp = 400;

// A Markdown table's `|---|:---:|` line separates the header from the rows.
const markdownRule = /^\s*\|?\s*:?-{3,}/;

interface Row {
  start: number;
  end: number;
}

function rowAt(text: string, offset: number): Row {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, end: end === -1 ? text.length : end };
}

function rowAbove(text: string, row: Row): Row | undefined {
  if (row.start === 0) return undefined;

  return rowAt(text, row.start - 1);
}

/** Where the cells of a row start, splitting on `separator` outside double quotes. */
function cellStarts(text: string, row: Row, separator: string): number[] {
  const starts = [row.start];
  let quoted = false;
  for (let index = row.start; index < row.end; index++) {
    const character = text[index];
    if (character === '"') quoted = !quoted;
    else if (character === separator && !quoted) starts.push(index + 1);
  }

  return starts;
}

function separatorOf(text: string, row: Row): string | undefined {
  const line = text.slice(row.start, row.end);
  return separators.find((separator) => line.includes(separator));
}

/**
 * The header cell (lower-cased, trimmed) of the table column holding `offset`, or '' when
 * the offset is not in a table. The header is the first row of the block of rows above that
 * have as many cells as this one.
 */
export function columnHeaderAt(text: string, offset: number): string {
  const row = rowAt(text, offset);
  const separator = separatorOf(text, row);
  if (!separator) return '';

  const starts = cellStarts(text, row, separator);
  const column = starts.filter((start) => start <= offset).length - 1;
  const header = headerRow(text, row, separator, starts.length);
  if (!header) return '';

  const headerStarts = cellStarts(text, header, separator);
  const cellEnd = (headerStarts[column + 1] ?? header.end + 1) - 1;
  return text.slice(headerStarts[column], cellEnd).trim().toLowerCase();
}

// Rows of one table share a header, so the rows already walked remember it: a second value
// further down the same table walks only up to the last row asked about, not to the top.
const walked = { text: '', separator: '', cells: 0, headerOf: new Map<number, Row | null>() };

function rememberedHeaders(text: string, separator: string, cells: number) {
  if (walked.text !== text || walked.separator !== separator || walked.cells !== cells) {
    Object.assign(walked, { text, separator, cells, headerOf: new Map() });
  }

  return walked.headerOf;
}

function headerRow(text: string, row: Row, separator: string, cells: number): Row | undefined {
  const headerOf = rememberedHeaders(text, separator, cells);
  let header: Row | undefined;
  let current: Row | undefined = rowAbove(text, row);
  for (let steps = 0; current && steps < maxRowsUp; steps++) {
    const known = headerOf.get(current.start);
    if (known !== undefined) {
      header = known ?? current;
      break;
    }

    const line = text.slice(current.start, current.end);
    if (!markdownRule.test(line)) {
      if (cellStarts(text, current, separator).length !== cells) break;
      header = current;
    }
    current = rowAbove(text, current);
  }

  headerOf.set(row.start, header ?? null);
  return header;
}

/** A header cell is a short label without digits, not a sentence or a value. */
const maxHeaderLength = 40;

/**
 * The cells below a header cell at `offset`, as [start, end) spans trimmed of spaces and
 * quotes, for as long as the rows keep the header's shape.
 */
export function cellsBelow(text: string, offset: number): Row[] {
  const header = rowAt(text, offset);
  const separator = separatorOf(text, header);
  if (!separator) return [];

  const starts = cellStarts(text, header, separator);
  const column = starts.filter((start) => start <= offset).length - 1;
  const headerCell = text.slice(starts[column], (starts[column + 1] ?? header.end + 1) - 1);
  if (headerCell.trim().length > maxHeaderLength || /\d/.test(headerCell)) return [];

  const cells: Row[] = [];
  for (let row = rowBelow(text, header); row; row = rowBelow(text, row)) {
    const line = text.slice(row.start, row.end);
    if (markdownRule.test(line)) continue;

    const rowStarts = cellStarts(text, row, separator);
    if (rowStarts.length !== starts.length) break;

    cells.push(trimmedCell(text, rowStarts[column]!, (rowStarts[column + 1] ?? row.end + 1) - 1));
  }

  return cells;
}

function rowBelow(text: string, row: Row): Row | undefined {
  if (row.end >= text.length) return undefined;

  return rowAt(text, row.end + 1);
}

function trimmedCell(text: string, start: number, end: number): Row {
  const isPadding = (index: number) => /[\s"']/.test(text[index]!);
  while (start < end && isPadding(start)) start++;
  while (end > start && isPadding(end - 1)) end--;

  return { start, end };
}

/**
 * True when a context word names the value at `offset`: in the text just before it, or in
 * the header of its table column.
 */
export function hasContextAt(text: string, offset: number, context: RegExp): boolean {
  return context.test(textBefore(text, offset, 40)) || context.test(columnHeaderAt(text, offset));
}

/**
 * True when a country calling code (`+44 `, `+31-`, `0049 `) stands right before `offset`:
 * the digits that follow are a phone number, not an id that happens to pass a checksum.
 */
export function followsCountryCode(text: string, offset: number): boolean {
  return /(?:\+|\b00)\d{1,3}[ .-]?(?:\(0\)[ ]?)?$/.test(
    text.slice(Math.max(0, offset - 10), offset),
  );
}

import { describe, expect, it } from 'vitest';

import { describePosition, lineColumn } from '@/components/finding-position';
import { answerFromCatalogue } from './catalogue';

// Invented text, two paragraphs as innerText reads them from a ProseMirror composer.
const text = 'Please write to\n\nthe   jan@example.invalid team';
const email = { start: text.indexOf('jan@'), end: text.indexOf(' team') };

describe('lineColumn', () => {
  it('counts a blank line between paragraphs as no line', () => {
    expect(lineColumn('one\n\n\ntwo\nthree', 12)).toEqual({ line: 3, column: 3 });
  });

  it.each([
    [0, { line: 1, column: 1 }],
    [15, { line: 1, column: 16 }],
    [16, { line: 2, column: 1 }],
    [17, { line: 2, column: 1 }],
    [email.start, { line: 2, column: 7 }],
  ])('puts offset %i at %o, counted from 1', (offset, wanted) => {
    expect(lineColumn(text, offset)).toEqual(wanted);
  });
});

describe('describePosition', () => {
  it('says line and column in text of several lines', () => {
    answerFromCatalogue('en');
    expect(describePosition(email, text)).toBe('line 2, column 7');

    answerFromCatalogue('nl');
    expect(describePosition(email, text)).toBe('regel 2, kolom 7');
  });

  it('counts characters from 1 when the text is one line or not at hand', () => {
    answerFromCatalogue('en');
    expect(describePosition({ start: 5, end: 33 })).toBe('characters 6–33');
    expect(describePosition({ start: 5, end: 33 }, 'x'.repeat(40))).toBe('characters 6–33');
    expect(describePosition({ start: 0, end: 1 })).toBe('character 1');

    answerFromCatalogue('nl');
    expect(describePosition({ start: 5, end: 33 })).toBe('tekens 6–33');
  });

  it('does not give lines from text that no longer holds the finding', () => {
    answerFromCatalogue('en');
    expect(describePosition({ start: 30, end: 60 }, 'a\nb')).toBe('characters 31–60');
  });
});

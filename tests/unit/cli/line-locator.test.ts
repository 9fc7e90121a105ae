import { describe, expect, it } from 'vitest';

import { createLineLocator } from '@/lib/cli/read-text-file';

describe('createLineLocator', () => {
  it('gives 1-based line and column, the first line starting at 1:1', () => {
    const locate = createLineLocator('ab\ncd\n\nef');

    expect(locate(0)).toEqual({ line: 1, column: 1 });
    expect(locate(2)).toEqual({ line: 1, column: 3 });
    expect(locate(3)).toEqual({ line: 2, column: 1 });
    expect(locate(7)).toEqual({ line: 4, column: 1 });
    expect(locate(8)).toEqual({ line: 4, column: 2 });
  });

  it('counts an emoji written as a surrogate pair as one column', () => {
    const text = '🙂🙂 mail\n🙂 jan@example.nl';
    const locate = createLineLocator(text);

    expect(locate(text.indexOf('mail'))).toEqual({ line: 1, column: 4 });
    expect(locate(text.indexOf('jan'))).toEqual({ line: 2, column: 3 });
  });

  it('answers offsets in any order', () => {
    const locate = createLineLocator('one\ntwo\nthree');

    expect([9, 0, 4].map(locate)).toEqual([
      { line: 3, column: 2 },
      { line: 1, column: 1 },
      { line: 2, column: 1 },
    ]);
  });

  // The speed of many findings is measured in the bench, not asserted here (tests assert
  // behaviour); this checks the answers stay right far down a long text.
  it('locates findings far down a text of 100,000 lines', () => {
    const text = 'mail jan@example.nl 🙂\n'.repeat(100_000);
    const lineLength = text.indexOf('\n') + 1;

    const locate = createLineLocator(text);

    expect(locate(99_999 * lineLength + 5)).toEqual({ line: 100_000, column: 6 });
    expect(locate(50_000 * lineLength)).toEqual({ line: 50_001, column: 1 });
  });
});

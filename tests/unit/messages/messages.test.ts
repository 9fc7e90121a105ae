import { describe, expect, it } from 'vitest';

import { parseMessage } from '@/lib/messages';

describe('parseMessage', () => {
  it('accepts a well-formed record-event message', () => {
    const message = {
      type: 'record-event',
      kind: 'paste',
      tool: 'claude',
      findingCounts: { secret: 1 },
      promptLength: 42,
    };

    expect(parseMessage(message)).toEqual(message);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'record-event'],
    ['an unknown type', { type: 'unlock-everything' }],
    ['a missing field', { type: 'record-event', kind: 'paste', tool: 'claude', findingCounts: {} }],
    [
      'prompt text smuggled in',
      {
        type: 'record-event',
        kind: 'paste',
        tool: 'x',
        findingCounts: {},
        promptLength: 1,
        text: 'secret',
      },
    ],
    [
      'a negative length',
      { type: 'record-event', kind: 'paste', tool: 'x', findingCounts: {}, promptLength: -3 },
    ],
    [
      'an unknown category',
      {
        type: 'record-event',
        kind: 'paste',
        tool: 'x',
        findingCounts: { magic: 1 },
        promptLength: 1,
      },
    ],
    [
      'a cyclic object',
      (() => {
        const cyclic: Record<string, unknown> = { type: 'tab-status' };
        cyclic.status = cyclic;
        return cyclic;
      })(),
    ],
  ])('drops %s without throwing', (_name, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});

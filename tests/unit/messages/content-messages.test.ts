import { describe, expect, it } from 'vitest';

import { maxMessageTextLength, parseContentMessage } from '@/lib/content-messages';
import { parseMessage } from '@/lib/messages';

describe('parseContentMessage', () => {
  it.each([
    [{ type: 'get-tab-status' }],
    [{ type: 'policy-changed' }],
    [{ type: 'insert-text', text: 'Summarise this.', templateId: 'summary' }],
  ])('should accept %j, as parseMessage does', (message) => {
    expect(parseContentMessage(message)).toEqual(message);
    expect(parseMessage(message)).toEqual(message);
  });

  it.each([
    ['a message for another context', { type: 'event-recorded' }],
    ['an extra field', { type: 'get-tab-status', text: 'secret' }],
    ['text over the limit', { type: 'insert-text', text: 'x'.repeat(maxMessageTextLength + 1) }],
    ['no type', { text: 'hello' }],
    ['nothing', undefined],
  ])('should drop %s without throwing', (_name, raw) => {
    expect(parseContentMessage(raw)).toBeNull();
  });
});

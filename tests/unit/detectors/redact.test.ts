import { describe, expect, it } from 'vitest';
import { redact, restore, scanText } from '../../../lib/detectors/index';

describe('redaction', () => {
  const text =
    'Mail a@example.com and b@example.com, then a@example.com again; IBAN NL91 ABNA 0417 1643 00.';

  it('gives the same value the same placeholder', () => {
    const { text: redacted } = redact(text, scanText(text));
    expect(redacted).toBe('Mail [EMAIL_1] and [EMAIL_2], then [EMAIL_1] again; IBAN [IBAN_1].');
  });

  it('restores the original text from the placeholder map', () => {
    const { text: redacted, placeholders } = redact(text, scanText(text));
    expect(restore(redacted, placeholders)).toBe(text);
  });

  it('leaves unknown placeholders alone', () => {
    expect(restore('see [EMAIL_9]', new Map())).toBe('see [EMAIL_9]');
  });
});

import { describe, expect, it } from 'vitest';
import { passesMod97 } from '../../../lib/detectors/iban';
import { expectCase, type DetectorCase } from './expect-findings';

const cases: DetectorCase[] = [
  {
    title: 'flags an IBAN written with spaces',
    text: 'IBAN NL91 ABNA 0417 1643 00 graag',
    value: 'NL91 ABNA 0417 1643 00',
  },
  {
    title: 'flags an IBAN written compactly',
    text: 'to DE89370400440532013000.',
    value: 'DE89370400440532013000',
  },
  {
    title: 'flags a lower-case IBAN',
    text: 'rekening nl91abna0417164300',
    value: 'nl91abna0417164300',
  },
  {
    title: 'flags a Belgian IBAN followed by more digits',
    text: 'BE68 5390 0754 7034 12 items',
    value: 'BE68 5390 0754 7034',
  },
  { title: 'does not flag an IBAN-shaped SKU failing mod 97', text: 'SKU NL12 ABCD 0123 4567 89' },
  { title: 'does not flag a valid prefix with the wrong length', text: 'NL91 ABNA 0417 1643 001' },
];

describe('IBAN detector', () => {
  for (const row of cases) it(row.title, () => expectCase('iban', row));

  it('applies ISO 13616 mod 97', () => {
    expect(passesMod97('GB82WEST12345698765432')).toBe(true);
    expect(passesMod97('GB82WEST12345698765433')).toBe(false);
  });
});

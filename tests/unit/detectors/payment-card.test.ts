import { describe, expect, it } from 'vitest';
import { hasIssuerPrefix, passesLuhn } from '../../../lib/detectors/payment-card';
import { expectCase, type DetectorCase } from './expect-findings';

const cases: DetectorCase[] = [
  {
    title: 'flags a Visa number written with spaces',
    text: 'card 4111 1111 1111 1111 exp 12/27',
    value: '4111 1111 1111 1111',
  },
  {
    title: 'flags a Mastercard number written with dashes',
    text: 'MC: 5555-5555-5555-4444.',
    value: '5555-5555-5555-4444',
  },
  {
    title: 'flags a 2-series Mastercard run together',
    text: 'pan=2223003122003222;',
    value: '2223003122003222',
  },
  {
    title: 'flags an Amex number in 4-6-5 groups',
    text: 'Amex 3782 822463 10005',
    value: '3782 822463 10005',
  },
  {
    title: 'flags a 19-digit Visa',
    text: 'kaart 4000000000000000006',
    value: '4000000000000000006',
  },
  { title: 'does not flag a 16-digit number failing Luhn', text: 'card 4111 1111 1111 1112' },
  {
    title: 'does not flag a 13-digit item number failing Luhn',
    text: 'item 4006381333931 shipped',
  },
  {
    title: 'does not flag a Luhn-valid number without an issuer prefix',
    text: 'ref 1234567812345670',
  },
  { title: 'does not flag digits inside a decimal', text: 'x = 0.4111111111111111' },
  { title: 'does not flag digits glued to letters', text: 'id ORD4111111111111111' },
  { title: 'does not flag an EAN barcode that passes Luhn', text: 'EAN: 4012345678909' },
];

describe('payment card detector', () => {
  for (const row of cases) it(row.title, () => expectCase('credit_card', row));

  it('computes Luhn on known numbers', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });

  it('rejects a Visa prefix with an issued-length mismatch', () => {
    expect(hasIssuerPrefix('41111111111111')).toBe(false);
  });
});

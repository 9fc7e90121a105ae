import { describe, it } from 'vitest';
import { expectCase, type DetectorCase } from './expect-findings';

const table: [string, DetectorCase][] = [
  [
    'phone',
    {
      title: 'flags a Dutch mobile number in national format',
      text: 'Bel me op 06-12345678.',
      value: '06-12345678',
    },
  ],
  [
    'phone',
    {
      title: 'flags an international number with (0)',
      text: 'Tel +31 (0)20 123 4567',
      value: '+31 (0)20 123 4567',
    },
  ],
  [
    'phone',
    {
      title: 'flags a US number in (xxx) form',
      text: 'call (415) 555-0132 today',
      value: '(415) 555-0132',
    },
  ],
  [
    'phone',
    {
      title: 'flags a French number written with dots',
      text: 'portable 06.12.34.56.78',
      value: '06.12.34.56.78',
    },
  ],
  [
    'phone',
    {
      title: 'uses the user region for a national number',
      text: 'mobile 0151 23456789',
      value: '0151 23456789',
      region: 'DE',
    },
  ],
  ['phone', { title: 'does not flag a 10-digit product id', text: 'product_id 4158320917' }],
  ['phone', { title: 'does not flag a unix time', text: 'created_at=1715677923' }],
  ['phone', { title: 'does not flag a date', text: 'on 2024-05-14' }],
  [
    'ip_address',
    { title: 'flags an IPv4 address', text: 'from 10.0.0.12, retrying', value: '10.0.0.12' },
  ],
  [
    'ip_address',
    {
      title: 'flags a compressed IPv6 address',
      text: 'host 2001:db8::8a2e:370:7334 down',
      value: '2001:db8::8a2e:370:7334',
    },
  ],
  ['ip_address', { title: 'does not flag a four-part version', text: 'version 1.2.3.4' }],
  [
    'ip_address',
    {
      title: 'does not flag a browser build in a user agent',
      text: 'Chrome/120.0.6099.109 Safari',
    },
  ],
  ['ip_address', { title: 'does not flag a clock time', text: 'at 12:30:45 sharp' }],
  [
    'mac_address',
    { title: 'flags a MAC address', text: 'MAC 00:1A:2B:3C:4D:5E', value: '00:1A:2B:3C:4D:5E' },
  ],
  ['mac_address', { title: 'does not flag the all-zero address', text: 'MAC 00:00:00:00:00:00' }],
  [
    'classification_marker',
    {
      title: 'flags an upper-case marking',
      text: 'CONFIDENTIAL - board only',
      value: 'CONFIDENTIAL',
    },
  ],
  [
    'classification_marker',
    {
      title: 'flags a Dutch marking phrase',
      text: 'Alleen voor intern gebruik',
      value: 'Alleen voor intern gebruik',
    },
  ],
  [
    'classification_marker',
    {
      title: 'does not flag the ordinary word in prose',
      text: 'please keep this confidential between us',
    },
  ],
  [
    'classification_marker',
    { title: 'does not flag a code constant', text: 'CONFIDENTIAL_FIELDS = []' },
  ],
];

describe('contact, network and classification detectors', () => {
  for (const [type, row] of table) it(row.title, () => expectCase(type, row));
});

import { describe, it } from 'vitest';
import { expectCase, type DetectorCase } from './expect-findings';

const table: [string, DetectorCase][] = [
  [
    'us_ssn',
    { title: 'flags an SSN in 3-2-4 form', text: 'SSN 655-38-5740 on file', value: '655-38-5740' },
  ],
  [
    'us_ssn',
    { title: 'does not flag area 000, 666 or 9xx', text: '000-73-2135 666-12-3456 912-34-5678' },
  ],
  [
    'us_ssn',
    { title: 'does not flag nine plain digits without an SSN word', text: 'case 655385740' },
  ],
  [
    'uk_nino',
    {
      title: 'flags a National Insurance number with spaces',
      text: 'NI: MR 24 51 89 C',
      value: 'MR 24 51 89 C',
    },
  ],
  ['uk_nino', { title: 'does not flag a never-allocated prefix', text: 'GB480072C and QQ123456C' }],
  [
    'uk_nhs_number',
    {
      title: 'flags an NHS number that passes mod 11',
      text: 'NHS number 943 476 5919',
      value: '943 476 5919',
    },
  ],
  [
    'uk_nhs_number',
    { title: 'does not flag an NHS-shaped number failing mod 11', text: 'NHS number 420 463 5925' },
  ],
  [
    'nl_bsn',
    { title: 'flags a BSN that passes the 11-check', text: 'BSN: 676528417', value: '676528417' },
  ],
  [
    'nl_bsn',
    {
      title: 'flags a BSN written with dots',
      text: 'burgerservicenummer 1112.22.333',
      value: '1112.22.333',
    },
  ],
  ['nl_bsn', { title: 'does not flag nine digits failing the 11-check', text: 'BSN 455891125' }],
  [
    'be_national_number',
    {
      title: 'flags a Belgian national number',
      text: 'Rijksregisternummer: 63.02.18-154.61',
      value: '63.02.18-154.61',
    },
  ],
  ['be_national_number', { title: 'does not flag a wrong check', text: 'INSZ 87.07.22-176.58' }],
  [
    'de_tax_id',
    { title: 'flags a German tax ID', text: 'Steuer-IdNr. 81470369551', value: '81470369551' },
  ],
  [
    'de_tax_id',
    { title: 'does not flag eleven digits failing MOD 11,10', text: 'Steuer-IdNr. 54657781987' },
  ],
  [
    'fr_nir',
    {
      title: 'flags a French NIR with spaces',
      text: 'NIR 1 01 02 33 783 768 04',
      value: '1 01 02 33 783 768 04',
    },
  ],
  ['fr_nir', { title: 'does not flag a NIR with a wrong key', text: 'NIR 2 08 04 33 732 500 81' }],
  [
    'es_dni',
    { title: 'flags a DNI with its control letter', text: 'DNI 12345678Z', value: '12345678Z' },
  ],
  ['es_dni', { title: 'flags an NIE', text: 'NIE Z7904550F', value: 'Z7904550F' }],
  ['es_dni', { title: 'does not flag a wrong control letter', text: 'DNI 12345678A' }],
  [
    'it_codice_fiscale',
    { title: 'flags a codice fiscale', text: 'CF: RSSMRA85T10A562S', value: 'RSSMRA85T10A562S' },
  ],
  [
    'it_codice_fiscale',
    { title: 'does not flag a wrong check letter', text: 'CF: RSSMRA85T10A562T' },
  ],
  [
    'in_aadhaar',
    {
      title: 'flags an Aadhaar number passing Verhoeff',
      text: 'Aadhaar 3472 9230 3911',
      value: '3472 9230 3911',
    },
  ],
  [
    'in_aadhaar',
    { title: 'does not flag twelve digits failing Verhoeff', text: 'Aadhaar 3396 1727 1426' },
  ],
  ['in_pan', { title: 'flags a PAN', text: 'PAN ABCPE1234F', value: 'ABCPE1234F' }],
  ['in_pan', { title: 'does not flag an invalid holder type', text: 'PAN ABCXE1234F' }],
  [
    'passport_number',
    {
      title: 'flags a passport number after its label',
      text: 'Passport number: NW1234567',
      value: 'NW1234567',
    },
  ],
  [
    'passport_number',
    {
      title: 'flags a Dutch passport number',
      text: 'paspoortnummer XR5B21K09',
      value: 'XR5B21K09',
    },
  ],
  [
    'passport_number',
    {
      title: 'does not flag the same shape without a passport word',
      text: 'Booking ref NW1234567',
    },
  ],
];

describe('government ids', () => {
  for (const [type, row] of table) it(row.title, () => expectCase(type, row));
});

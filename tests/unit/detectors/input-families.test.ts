import { describe, it } from 'vitest';
import { expectCase, type DetectorCase } from './expect-findings';

// Each block is one family of inputs that used to be missed or wrongly reported; several
// members per family, so a fix for one spelling cannot pass by accident.
const slackBot = 'xoxb-224510022775-2816428431921-I5QXmc3XArKB8qEGMY0KK8u8';

const families: Record<string, [string, DetectorCase][]> = {
  'numbers in CSV rows': [
    [
      'credit_card',
      {
        title: 'flags a spaced card followed by an amount column',
        text: 'ORD-1,2026-11-02,visa,4111 1111 1111 1111,129.00,,item not received',
        value: '4111 1111 1111 1111',
      },
    ],
    [
      'credit_card',
      {
        title: 'flags a card after a decimal column',
        text: 'ORD-2,33.33,5500005555555559,EUR',
        value: '5500005555555559',
      },
    ],
    [
      'credit_card',
      {
        title: 'flags a card followed by an integer column and another comma',
        text: 'x,4111-1111-1111-1111,12,fraud',
        value: '4111-1111-1111-1111',
      },
    ],
    [
      'nl_bsn',
      {
        title: 'flags a BSN between two integer columns',
        text: 'rij,7,111222333,3,actief',
        value: '111222333',
      },
    ],
    [
      'credit_card',
      { title: 'does not flag the digits of a decimal', text: 'ratio 0,4111111111111111' },
    ],
    [
      'credit_card',
      { title: 'does not flag a number with a decimal comma', text: 'total 4111111111111111,50' },
    ],
  ],
  'four-digit groups': [
    [
      'credit_card',
      {
        title: 'reads 4-4-4-4 as a card, not as an Aadhaar with a tail',
        text: 'jcb,3554 3791 0573 6625,87.25',
        value: '3554 3791 0573 6625',
      },
    ],
    [
      'in_aadhaar',
      { title: 'finds no Aadhaar in a 4-4-4-4 number', text: 'jcb,3554 3791 0573 6625,87.25' },
    ],
    [
      'in_aadhaar',
      { title: 'finds no Aadhaar in the last three groups', text: 'gift 6006 4911 2834 0015 card' },
    ],
  ],
  'Twilio credentials': [
    [
      'twilio_account_sid',
      {
        title: 'flags an account SID',
        text: 'TWILIO_ACCOUNT_SID=ACe6137742cad1b2b1cb0757e8f69ce3db',
        value: 'ACe6137742cad1b2b1cb0757e8f69ce3db',
      },
    ],
    [
      'twilio_auth_token',
      {
        title: 'flags an auth token after its key name',
        text: 'TWILIO_AUTH_TOKEN="9f8e7d6c5b4a39281706f5e4d3c2b1a0"',
        value: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
      },
    ],
    [
      'twilio_auth_token',
      {
        title: 'flags an auth token named in prose',
        text: 'the twilio auth token is 3c2b1a09f8e7d6c5b4a39281706f5e4d',
        value: '3c2b1a09f8e7d6c5b4a39281706f5e4d',
      },
    ],
    [
      'twilio_account_sid',
      {
        title: 'does not flag a zeroed account SID',
        text: 'sid AC00000000000000000000000000000000',
      },
    ],
    [
      'twilio_auth_token',
      {
        title: 'does not flag 32 hex characters without Twilio',
        text: 'md5 9f8e7d6c5b4a39281706f5e4d3c2b1a0',
      },
    ],
  ],
  'key names': [
    [
      'generic_secret',
      {
        title: 'flags a key word followed by another name part',
        text: 'MB_ENCRYPTION_SECRET_KEY: QeMa3H5mUBgqktYvnG0FU9kjQuwVD_ZN',
        value: 'QeMa3H5mUBgqktYvnG0FU9kjQuwVD_ZN',
      },
    ],
    [
      'password',
      {
        title: 'flags a password name with a qualifier',
        text: 'DB_PASSWORD_BACKUP=Herfst2026!',
        value: 'Herfst2026!',
      },
    ],
    [
      'aws_secret_access_key',
      {
        title: 'flags an AWS secret under a qualified key name',
        text: 'AWS_SECRET_ACCESS_KEY_BACKUP: vkZcO4i55jzyUfFOiwNINEoOYiAZSBem6xD4F7oc',
        value: 'vkZcO4i55jzyUfFOiwNINEoOYiAZSBem6xD4F7oc',
      },
    ],
    [
      'generic_secret',
      { title: 'does not flag a variable name as value', text: 'api = HfApi(token=HF_TOKEN)' },
    ],
    [
      'password',
      { title: 'does not flag a password variable name', text: 'password: DB_PASSWORD' },
    ],
    [
      'generic_secret',
      { title: 'does not flag an API key variable name', text: 'api_key=OPENAI_API_KEY' },
    ],
  ],
  'versions near IP-like values': [
    [
      'ip_address',
      {
        title: 'does not flag a version a few words after "current"',
        text: 'firmware check: current 7.10.2.14, ok',
      },
    ],
    [
      'ip_address',
      {
        title: 'does not flag a version after "available"',
        text: 'current 1.0, available 7.10.3.2 (versie)',
      },
    ],
    [
      'ip_address',
      {
        title: 'does not flag a value in a firmware column',
        text: 'name;ip;firmware\nsw1;10.0.0.1;74.2.10.117\n',
        value: '10.0.0.1',
      },
    ],
    [
      'ip_address',
      {
        title: 'still flags an address after a log keyword and a field name',
        text: 'fw01 kernel: DROP IN=eth0 SRC=77.2.183.206 PROTO=TCP',
        value: '77.2.183.206',
      },
    ],
  ],
  'addresses inside host names and sentences': [
    [
      'ip_address',
      {
        title: 'flags an address glued to a host name',
        text: 'kubernetes.io/hostname: node-192.168.15.35',
        value: '192.168.15.35',
      },
    ],
    [
      'ip_address',
      {
        title: 'flags an EC2-style dashed address',
        text: 'ssh ip-10-0-1-23.eu-west-1.compute.internal',
        value: '10-0-1-23',
      },
    ],
    ['ip_address', { title: 'does not flag a build tag', text: 'image build-1.2.3.4 pushed' }],
    [
      'mac_address',
      {
        title: 'flags a dashed MAC before a full stop',
        text: 'Reservering voor MAC 3C-2A-F4-91-0B-7E.',
        value: '3C-2A-F4-91-0B-7E',
      },
    ],
    [
      'mac_address',
      {
        title: 'flags a colon MAC before a full stop',
        text: 'The printer is 50:3a:c6:c4:06:7e.',
        value: '50:3a:c6:c4:06:7e',
      },
    ],
    [
      'mac_address',
      {
        title: 'flags a Cisco dotted MAC before a full stop',
        text: 'seen on 0024.e8f1.2ab3.',
        value: '0024.e8f1.2ab3',
      },
    ],
  ],
  'classification markings in sentences': [
    [
      'classification_marker',
      {
        title: 'flags a title-case marking after "marked"',
        text: '- Contract draft marked Confidential by their legal team.',
        value: 'Confidential',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags a marking after "labelled as"',
        text: 'The deck is labelled as Restricted for now.',
        value: 'Restricted',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags a Dutch marking named by "als ... gemarkeerd"',
        text: 'informatie die als Vertrouwelijk is gemarkeerd.',
        value: 'Vertrouwelijk',
      },
    ],
    [
      'classification_marker',
      {
        title: 'does not flag a title-case word without a marking verb',
        text: 'We treat it as Confidential.',
      },
    ],
    [
      'classification_marker',
      {
        title: 'does not flag an instruction inside a sentence',
        text: '(bevat inloggegevens, niet doorsturen)',
      },
    ],
    [
      'classification_marker',
      {
        title: 'does not flag "do not share" in prose',
        text: 'please do not share this with anyone',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags an upper-case instruction',
        text: 'NIET DOORSTUREN',
        value: 'NIET DOORSTUREN',
      },
    ],
    [
      'classification_marker',
      {
        title: 'flags a capitalised instruction after a log level',
        text: '09:17:05Z WARN Niet verspreiden',
        value: 'Niet verspreiden',
      },
    ],
  ],
  'Belgian and Dutch administrative numbers': [
    [
      'phone',
      { title: 'does not flag a KBO enterprise number', text: 'ondernemingsnummer 0456.778.123' },
    ],
    [
      'phone',
      { title: 'does not flag a BE-prefixed enterprise number', text: 'BTW BE 0712.634.218,' },
    ],
    ['phone', { title: 'does not flag an RSZ number', text: 'RSZ-nummer 051-1234567-89.' }],
    ['phone', { title: 'does not flag a WOZ object number', text: 'object 0772-0001-2345.' }],
    [
      'phone',
      { title: 'does not flag a dotted national register number', text: 'Hanne: 01.09.02-848.77' },
    ],
    [
      'phone',
      {
        title: 'still flags a number after "nummer"',
        text: 'bereikbaar op mijn Duitse nummer +49 151 0278 8724.',
        value: '+49 151 0278 8724',
      },
    ],
  ],
  'passport numbers after a longer label': [
    [
      'passport_number',
      {
        title: 'flags a value a few words after its label',
        text: 'Mijn paspoortnummer voor de screening: YUWLFLAZ1.',
        value: 'YUWLFLAZ1',
      },
    ],
    [
      'passport_number',
      {
        title: 'flags an English label with words before the colon',
        text: 'Passport number on file: X1234567',
        value: 'X1234567',
      },
    ],
    [
      'passport_number',
      {
        title: 'does not flag a time after a passport word',
        text: 'passport office opens at: 9am',
      },
    ],
  ],
  'documentation placeholders': [
    [
      'aws_access_key_id',
      { title: 'does not flag a masked key id', text: 'id AKIAXXXXXXXXXXXXXXXX ok' },
    ],
    [
      'aws_access_key_id',
      { title: 'does not flag a zeroed key id', text: 'id AKIA0000000000000000 ok' },
    ],
    [
      'aws_access_key_id',
      { title: 'does not flag a repeated pattern', text: 'id AKIA1234123412341234 ok' },
    ],
    [
      'aws_access_key_id',
      {
        title: 'still flags a random key id',
        text: 'id AKIA2E3F4G5H6J7K8L9M ok',
        value: 'AKIA2E3F4G5H6J7K8L9M',
      },
    ],
    [
      'slack_token',
      { title: 'does not flag a short bot token', text: 'SLACK: xoxb-1234-5678-abcd' },
    ],
    ['slack_token', { title: 'does not flag a short user token', text: 'xoxp-123-456-789-abc' }],
    [
      'slack_token',
      { title: 'still flags an issued bot token', text: `SLACK=${slackBot}`, value: slackBot },
    ],
  ],
};

for (const [family, rows] of Object.entries(families)) {
  describe(family, () => {
    for (const [type, row] of rows) it(row.title, () => expectCase(type, row));
  });
}

import { describe, it } from 'vitest';
import { expectCase, type DetectorCase } from './expect-findings';

const table: [string, DetectorCase][] = [
  [
    'password',
    {
      title: 'flags a low-entropy password in a .env line',
      text: 'DB_PASSWORD=Summer2024!',
      value: 'Summer2024!',
    },
  ],
  [
    'password',
    {
      title: 'flags a password in a connection string',
      text: 'Server=sql01;User Id=sa;Password=Str0ng!Pass;',
      value: 'Str0ng!Pass',
    },
  ],
  [
    'password',
    {
      title: 'flags a quoted password in code',
      text: 'password = "Tr0ub4dor&3"',
      value: 'Tr0ub4dor&3',
    },
  ],
  [
    'password',
    {
      title: 'flags a Dutch password in prose',
      text: 'Het wachtwoord is Zomer2024# tot maandag.',
      value: 'Zomer2024#',
    },
  ],
  [
    'password',
    {
      title: 'flags a password passed as a command-line flag',
      text: 'mysql --password=Welkom01! -u root',
      value: 'Welkom01!',
    },
  ],
  ['password', { title: 'does not flag a template variable', text: 'password: ${DB_PASSWORD}' }],
  ['password', { title: 'does not flag a Jinja placeholder', text: 'password: {{ db_password }}' }],
  ['password', { title: 'does not flag a mask', text: 'password: ********' }],
  [
    'password',
    { title: 'does not flag a code reference', text: 'password = config.database.password' },
  ],
  [
    'generic_secret',
    {
      title: 'flags an API key assignment',
      text: 'API_KEY=q8Zr1Xy7Tn4Lm0Pq3Rs6Uv5W',
      value: 'q8Zr1Xy7Tn4Lm0Pq3Rs6Uv5W',
    },
  ],
  [
    'generic_secret',
    {
      title: 'flags an opaque bearer token',
      text: 'Authorization: Bearer q8Zr1Xy7Tn4Lm0Pq3Rs6Uv5Wx2',
      value: 'q8Zr1Xy7Tn4Lm0Pq3Rs6Uv5Wx2',
    },
  ],
  [
    'generic_secret',
    { title: 'does not flag YOUR_API_KEY_HERE', text: 'apiKey: YOUR_API_KEY_HERE' },
  ],
  [
    'generic_secret',
    { title: 'does not flag an angle-bracket placeholder', text: 'token = <your-key>' },
  ],
  ['generic_secret', { title: 'does not flag a token count', text: 'max_tokens = 4096' }],
  [
    'generic_secret',
    {
      title: 'does not flag a vendor token that failed its own check',
      text: 'GITHUB_TOKEN=ghp_q7m5zCKWaBFvWad6rqUWII4TLnUCq5hzo5Hg',
    },
  ],
  [
    'url_with_password',
    {
      title: 'flags a database URL with a password',
      text: 'DATABASE_URL=postgres://app:s3cretPw@db.internal:5432/app',
      value: 'postgres://app:s3cretPw@db.internal:5432',
    },
  ],
  [
    'url_with_password',
    {
      title: 'flags a Redis URL with only a password',
      text: 'redis://:Kx93hPq0aZ@cache:6379',
      value: 'redis://:Kx93hPq0aZ@cache:6379',
    },
  ],
  [
    'url_with_password',
    {
      title: 'does not flag the user:password@ placeholder',
      text: 'https://user:password@example.com',
    },
  ],
  [
    'email',
    {
      title: 'does not report the user info of a URL as an e-mail',
      text: 'https://admin:Tr0ub4dor&3@prod-db-01.acme.local',
    },
  ],
];

describe('credentials in assignments and URLs', () => {
  for (const [type, row] of table) it(row.title, () => expectCase(type, row));
});

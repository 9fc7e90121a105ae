import { describe, it } from 'vitest';
import { expectCase, type DetectorCase } from './expect-findings';

const body = Array.from({ length: 4 }, (_, line) =>
  `MIIEpAIBAAKCAQEA${line}`.padEnd(64, 'Qx7'),
).join('\n');
const pem = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
const jwt =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjU4NjgwMiIsIm5hbWUiOiJzaGhqb3kiLCJpYXQiOjE3MDAwNzY4NzJ9._eLPjJo5dvtj-c2ROjo65JSQlZ1xwspXSIqaaGLphki';

const table: [string, DetectorCase][] = [
  [
    'private_key',
    { title: 'flags a PEM private key with a real body', text: `key:\n${pem}\n`, value: pem },
  ],
  [
    'private_key',
    {
      title: 'does not flag a documentation stub',
      text: '-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----',
    },
  ],
  [
    'private_key',
    {
      title: 'does not flag a public key',
      text: `-----BEGIN PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----`,
    },
  ],
  [
    'jwt',
    {
      title: 'flags a JWT whose header and payload are JSON',
      text: `Authorization: Bearer ${jwt}`,
      value: jwt,
    },
  ],
  [
    'jwt',
    {
      title: 'does not flag eyJ-shaped text that does not decode to JSON',
      text: 'eyJfdywvXYFDsppxfrN3axw.eyJLYEAtiJQZJeYzu5xB6nW.Leagl9N2zvUWeNSIlGP3',
    },
  ],
];

describe('private keys and JWTs', () => {
  for (const [type, row] of table) it(row.title, () => expectCase(type, row));
});

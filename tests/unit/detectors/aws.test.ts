import { describe, it } from 'vitest';
import { expectCase, type DetectorCase } from './expect-findings';

const accessKeyCases: DetectorCase[] = [
  {
    title: 'flags an access key id in a .env line',
    text: 'AWS_ACCESS_KEY_ID=AKIAZ3MQ7LXRTVN4P2HD',
    value: 'AKIAZ3MQ7LXRTVN4P2HD',
  },
  {
    title: 'flags a temporary STS key id',
    text: 'key ASIAQWERTYUIOPASDFGH expired',
    value: 'ASIAQWERTYUIOPASDFGH',
  },
  { title: 'does not flag the documentation example key', text: 'AKIAIOSFODNN7EXAMPLE' },
  { title: 'does not flag a key id glued to more letters', text: 'AKIAZ3MQ7LXRTVN4P2HDXX' },
];

const secretKeyCases: DetectorCase[] = [
  {
    title: 'flags a secret access key after its key name',
    text: 'aws_secret_access_key = k9Vb2Qw8Zr1Xy7Tn4Lm0Pq3Rs6Uv5Wx2Yz8Ab1Cd',
    value: 'k9Vb2Qw8Zr1Xy7Tn4Lm0Pq3Rs6Uv5Wx2Yz8Ab1Cd',
  },
  {
    title: 'does not flag a 40-hex git commit hash',
    text: 'commit 3f786850e387550fdab836ed7e6dc881de23001b',
  },
  {
    title: 'does not flag the documentation example secret',
    text: 'aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  },
];

describe('aws detector', () => {
  for (const row of accessKeyCases) it(row.title, () => expectCase('aws_access_key_id', row));
  for (const row of secretKeyCases) it(row.title, () => expectCase('aws_secret_access_key', row));
});

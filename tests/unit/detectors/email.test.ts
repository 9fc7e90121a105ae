import { describe, it } from 'vitest';
import { expectCase, type DetectorCase } from './expect-findings';

const cases: DetectorCase[] = [
  {
    title: 'flags a plain address in a sentence',
    text: 'Mail jan.devries@example.nl today.',
    value: 'jan.devries@example.nl',
  },
  {
    title: 'flags an address with a plus tag',
    text: 'to: ops+alerts@corp.example.com',
    value: 'ops+alerts@corp.example.com',
  },
  {
    title: 'flags an address in angle brackets',
    text: 'From: Piet <piet@bedrijf.nl>',
    value: 'piet@bedrijf.nl',
  },
  { title: 'does not flag a git remote', text: 'git clone git@github.com:acme/app.git' },
  { title: 'does not flag a retina image name', text: 'src="logo@2x.png"' },
  { title: 'does not flag a handle without a domain', text: 'ping @jan in the channel' },
];

describe('email detector', () => {
  for (const row of cases) it(row.title, () => expectCase('email', row));
});

import { describe, expect, it } from 'vitest';
import { crc32, hasValidTokenChecksum, toBase62 } from '../../../lib/detectors/token-checksum';
import { expectCase, type DetectorCase } from './expect-findings';

const table: [string, DetectorCase][] = [
  [
    'github_token',
    {
      title: 'flags a classic GitHub token whose CRC32 matches',
      text: 'GITHUB_TOKEN=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',
      value: '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',
    },
  ],
  [
    'github_token',
    {
      title: 'does not flag a GitHub-shaped token whose checksum fails',
      text: 'token ghs_q7m5zCKWaBFvWad6rqUWII4TLnUCq5hzo5Hg',
    },
  ],
  [
    'github_token',
    {
      title: 'does not flag a token glued to more characters',
      text: '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x',
    },
  ],
  [
    'npm_token',
    {
      title: 'flags an npm token with a valid checksum',
      text: '//registry.npmjs.org/:_authToken=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',
      value: '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',
    },
  ],
  [
    'npm_token',
    {
      title: 'does not flag an npm token with a broken checksum',
      text: 'NPM_TOKEN=npm_mks9R9oxmzI9fjJYNy1to9lt7eOkx0LidgLP',
    },
  ],
  [
    'github_fine_grained_token',
    {
      title: 'flags a fine-grained PAT',
      text: `pat github_pat_${'A1b2C3d4E5f6G7h8I9j0K1'}_${'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8Nn7Mm6Ll5Kk4Jj3Ii2Hh1Gg'}`,
      value: `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`,
    },
  ],
  [
    'gitlab_token',
    {
      title: 'flags a GitLab personal access token',
      text: 'glpat-Xk3v9QmZ2pL7rT1wY8bN',
      value: 'glpat-Xk3v9QmZ2pL7rT1wY8bN',
    },
  ],
  [
    'gitlab_token',
    { title: 'does not flag a masked GitLab token', text: 'glpat-xxxxxxxxxxxxxxxxxxxx' },
  ],
  [
    'pypi_token',
    {
      title: 'flags a PyPI upload token',
      text: 'password = pypi-AgEIcHlwaS5vcmcCJDk3ZTBmNmE5LTk1YzMtNDI1Ni04MGQ4LWZkZmE2ZTM0ZmYwMQAC',
      value: 'pypi-AgEIcHlwaS5vcmcCJDk3ZTBmNmE5LTk1YzMtNDI1Ni04MGQ4LWZkZmE2ZTM0ZmYwMQAC',
    },
  ],
];

describe('source-hosting and registry tokens', () => {
  for (const [type, row] of table) it(row.title, () => expectCase(type, row));

  it('computes the CRC32 check value of "123456789"', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });

  it('writes base62 with zero padding', () => {
    expect(toBase62(61)).toBe('00000z');
    expect(hasValidTokenChecksum('D8rgZcOitPJvgMWShS8P2LIJShvE4i3i2lTO')).toBe(true);
  });
});

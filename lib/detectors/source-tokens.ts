import { defineType, findMatches, looksRandom } from './match';
import { hasValidTokenChecksum } from './token-checksum';
import type { Detector, Finding } from './types';

const githubType = defineType('github_token', 'secret');
const githubFineType = defineType('github_fine_grained_token', 'secret');
const gitlabType = defineType('gitlab_token', 'secret');
const npmType = defineType('npm_token', 'secret');
const pypiType = defineType('pypi_token', 'secret');

// Personal (ghp), OAuth (gho), user-to-server (ghu), server-to-server (ghs), refresh (ghr).
const githubPattern = /(?<![A-Za-z0-9_])gh[pousr]_([A-Za-z0-9]{36})(?![A-Za-z0-9_])/g;
const githubFinePattern =
  /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g;
// Personal, deploy, runner, pipeline-trigger, CI-build and feed tokens share one shape.
const gitlabPattern =
  /(?<![A-Za-z0-9_-])gl(?:pat|dt|rt|ptt|cbt|ft|soat|imt)-[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g;
const npmPattern = /(?<![A-Za-z0-9_])npm_([A-Za-z0-9]{36})(?![A-Za-z0-9_])/g;
// PyPI tokens are macaroons whose base64 always starts with the encoded `pypi.org` location.
const pypiPattern = /(?<![A-Za-z0-9_-])pypi-AgE[A-Za-z0-9_-]{50,}(?![A-Za-z0-9_-])/g;

function byChecksum(match: RegExpExecArray) {
  return hasValidTokenChecksum(match[1]!) ? { confidence: 0.99 } : undefined;
}

/** Source-hosting and package-registry tokens; GitHub and npm tokens must pass their CRC32. */
export const sourceTokenDetector: Detector = {
  id: 'source-tokens',
  trigger: /gh[pousr]_|github_pat_|gl[a-z]{1,4}-|npm_|pypi-/,
  types: [githubType, githubFineType, gitlabType, npmType, pypiType],
  detect: (text): Finding[] => [
    ...findMatches(text, githubPattern, githubType, byChecksum),
    ...findMatches(text, githubFinePattern, githubFineType, (match) =>
      looksRandom(match[0]) ? { confidence: 0.97 } : undefined,
    ),
    ...findMatches(text, gitlabPattern, gitlabType, (match) =>
      looksRandom(match[0]) ? { confidence: 0.95 } : undefined,
    ),
    ...findMatches(text, npmPattern, npmType, byChecksum),
    ...findMatches(text, pypiPattern, pypiType, (match) =>
      looksRandom(match[0]) ? { confidence: 0.97 } : undefined,
    ),
  ],
};

import { defineAnchors, findAtAnchors } from './anchors';
import { defineType, looksRandom } from './match';
import { hasValidTokenChecksum } from './token-checksum';
import type { Detector, Finding } from './types';

const githubType = defineType('github_token', 'secret');
const githubFineType = defineType('github_fine_grained_token', 'secret');
const gitlabType = defineType('gitlab_token', 'secret');
const npmType = defineType('npm_token', 'secret');
const pypiType = defineType('pypi_token', 'secret');

// Personal (ghp), OAuth (gho), user-to-server (ghu), server-to-server (ghs), refresh (ghr).
const githubPattern = /(?<![A-Za-z0-9_])gh[pousr]_([A-Za-z0-9]{36})(?![A-Za-z0-9_])/y;
const githubFinePattern =
  /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/y;
// Personal, deploy, runner, pipeline-trigger, CI-build and feed tokens share one shape.
const gitlabPattern =
  /(?<![A-Za-z0-9_-])gl(?:pat|dt|rt|ptt|cbt|ft|soat|imt)-[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/y;
const npmPattern = /(?<![A-Za-z0-9_])npm_([A-Za-z0-9]{36})(?![A-Za-z0-9_])/y;
// PyPI tokens are macaroons whose base64 always starts with the encoded `pypi.org` location.
const pypiPattern = /(?<![A-Za-z0-9_-])pypi-AgE[A-Za-z0-9_-]{50,}(?![A-Za-z0-9_-])/y;

function byChecksum(match: RegExpExecArray) {
  return hasValidTokenChecksum(match[1]!) ? { confidence: 0.99 } : undefined;
}

const randomWith = (confidence: number) => (match: RegExpExecArray) =>
  looksRandom(match[0]) ? { confidence } : undefined;

// One scan finds every prefix (see findAtAnchors); none can sit inside another's occurrence
// where its pattern could match, as each pattern refuses a letter right before it.
const anchoredTokens = defineAnchors([
  { anchor: 'gh[pousr]_', pattern: githubPattern, info: githubType, validate: byChecksum },
  {
    anchor: 'github_pat_',
    pattern: githubFinePattern,
    info: githubFineType,
    validate: randomWith(0.97),
  },
  {
    anchor: 'gl(?:pat|dt|rt|ptt|cbt|ft|soat|imt)-',
    pattern: gitlabPattern,
    info: gitlabType,
    validate: randomWith(0.95),
  },
  { anchor: 'npm_', pattern: npmPattern, info: npmType, validate: byChecksum },
  { anchor: 'pypi-AgE', pattern: pypiPattern, info: pypiType, validate: randomWith(0.97) },
]);

/** Source-hosting and package-registry tokens; GitHub and npm tokens must pass their CRC32. */
export const sourceTokenDetector: Detector = {
  id: 'source-tokens',
  trigger: /gh[pousr]_|github_pat_|gl[a-z]{1,4}-|npm_|pypi-/,
  types: [githubType, githubFineType, gitlabType, npmType, pypiType],
  detect: (text): Finding[] => findAtAnchors(text, anchoredTokens).flat(),
};

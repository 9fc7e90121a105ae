import type { PackInForce, PackSource, RefusedUpdate } from './pack-state';
import { compareVersions } from './semver';
import { checkPackSignature } from './signature';
import { checkPack, describeProblem, parsePackText, type PackProblem } from './validate-pack';

/** What decides whether a candidate pack may replace the one from its source. */
export interface AcceptContext {
  source: PackSource;
  /** Publisher public keys from managed policy (base64 raw Ed25519 keys). */
  publisherKeys: readonly string[];
  /** The pack currently accepted from the same source, if any. */
  current?: PackInForce;
  /** A version managed policy pins: a deliberate rollback to it is allowed. */
  pinnedVersion?: string;
  now: number;
}

export type AcceptResult = { accepted: PackInForce } | { refused: RefusedUpdate };

/**
 * Runs every check a pack must pass before it may be enforced: parse, schema, patterns,
 * signature (required from managed policy or a URL once a publisher key is configured), and
 * no downgrade below the same pack (same id) in force from the same source unless managed
 * policy pins it.
 */
export async function acceptPackText(text: string, context: AcceptContext): Promise<AcceptResult> {
  const parsed = parsePackText(text);
  if ('problem' in parsed) return refuse(context, [parsed.problem]);

  return acceptPackValue(parsed.value, context);
}

/** Like acceptPackText, for a pack already parsed from JSON or YAML. */
export async function acceptPackValue(
  value: unknown,
  context: AcceptContext,
): Promise<AcceptResult> {
  const checked = checkPack(value);
  if (!checked.ok) return refuse(context, checked.problems, value);

  const signature = await checkPackSignature(checked.raw, context.publisherKeys);
  const trustProblem = signatureProblem(signature.state, signature.reason, context);
  if (trustProblem) return refuse(context, [trustProblem], value);

  const versionProblem = downgradeProblem(checked.pack, context);
  if (versionProblem) return refuse(context, [versionProblem], value);

  const accepted: PackInForce = {
    pack: checked.pack,
    source: context.source,
    signatureState: signature.state,
    loadedAt: context.now,
  };
  return { accepted };
}

function signatureProblem(
  state: string,
  reason: string | undefined,
  context: AcceptContext,
): PackProblem | undefined {
  if (state === 'invalid') return { path: '$.signature', message: stripPath(reason) };

  const mustBeSigned = context.source === 'managed' || context.source === 'url';
  if (state === 'unsigned' && mustBeSigned && context.publisherKeys.length > 0)
    return {
      path: '$.signature',
      message: 'missing: a publisher key is configured, so the pack must be signed',
    };

  return undefined;
}

/**
 * Versions order the releases of one pack. A file the user imports may replace the pack in
 * force with another pack (another id) whatever its version; from managed policy or a pack
 * URL every version counts, so an older signed pack of the same publisher cannot be replayed
 * under a different id.
 */
function downgradeProblem(
  candidate: { id: string; version: string },
  context: AcceptContext,
): PackProblem | undefined {
  const current = context.current;
  if (!current) return undefined;
  if (context.source === 'file' && current.pack.id !== candidate.id) return undefined;
  if (compareVersions(candidate.version, current.pack.version) >= 0) return undefined;
  if (context.pinnedVersion === candidate.version) return undefined;

  return {
    path: '$.version',
    message:
      `${candidate.version} is lower than ${current.pack.version}, ` +
      `the version of ${current.pack.id} in force from this source`,
  };
}

function refuse(context: AcceptContext, problems: PackProblem[], value?: unknown): AcceptResult {
  const identity = readIdentity(value);
  return {
    refused: {
      source: context.source,
      time: context.now,
      reason: problems.map(describeProblem).slice(0, 3).join('; '),
      problems: problems.slice(0, 50),
      ...identity,
    },
  };
}

/** The id and version of a refused pack, when it has readable ones, for the status view. */
function readIdentity(value: unknown): { packId?: string; version?: string } {
  if (typeof value !== 'object' || value === null) return {};

  const { id, version } = value as { id?: unknown; version?: unknown };
  return {
    ...(typeof id === 'string' ? { packId: id.slice(0, 64) } : {}),
    ...(typeof version === 'string' ? { version: version.slice(0, 32) } : {}),
  };
}

function stripPath(reason: string | undefined): string {
  return (reason ?? 'does not verify').replace(/^\$\.signature: /, '');
}

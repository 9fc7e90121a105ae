import { acceptedPacksItem, lastRefusedUpdateItem, packInForceItem } from '../storage';
import defaultPackJson from '../../public/packs/default.json';
import { acceptPackText, type AcceptResult } from './accept-pack';
import { canonicalPackJson } from './canonical-json';
import { packSources, type PackInForce, type PackSource } from './pack-state';
import { checkPack } from './validate-pack';

/** What a candidate from one source is judged against besides its own content. */
export interface CandidateOptions {
  publisherKeys: readonly string[];
  pinnedVersion?: string;
  now: number;
}

/** The built-in default pack (public/packs/default.json), always available, never locked. */
export function builtInPack(): PackInForce {
  const checked = checkPack(defaultPackJson);
  // A unit test keeps the shipped default valid; this guards a broken build all the same.
  if (!checked.ok) throw new Error(`built-in pack invalid: ${checked.problems[0]?.message}`);

  return { pack: checked.pack, source: 'default', signatureState: 'unsigned', loadedAt: 0 };
}

/**
 * Judges a pack from one source and stores the outcome: accepted, it becomes that source's
 * last good pack; refused, the reason is kept for the status views and nothing else changes.
 */
export async function storeCandidate(
  source: PackSource,
  text: string,
  options: CandidateOptions,
): Promise<AcceptResult> {
  const accepted = await acceptedPacksItem.getValue();
  const current = accepted[source];
  const result = await acceptPackText(text, { source, current, ...options });

  if ('refused' in result) {
    await lastRefusedUpdateItem.setValue(result.refused);
    return result;
  }

  if (!current || !samePack(current, result.accepted))
    await acceptedPacksItem.setValue({ ...accepted, [source]: result.accepted });
  await clearRefusalFrom(source);
  await updatePackInForce();
  return result;
}

/** Forgets a source's pack (its policy or URL was removed). */
export async function removeSource(source: PackSource): Promise<void> {
  const accepted = await acceptedPacksItem.getValue();
  if (!accepted[source]) return;

  const rest = { ...accepted };
  delete rest[source];
  await acceptedPacksItem.setValue(rest);
  await updatePackInForce();
}

/** Puts the highest-precedence good pack in force; writes only when it really changed. */
export async function updatePackInForce(): Promise<PackInForce> {
  const accepted = await acceptedPacksItem.getValue();
  const next = packSources.map((source) => accepted[source]).find(Boolean) ?? builtInPack();
  const current = await packInForceItem.getValue();

  if (!current || !samePack(current, next)) await packInForceItem.setValue(next);
  return next;
}

function samePack(a: PackInForce, b: PackInForce): boolean {
  return (
    a.source === b.source &&
    a.signatureState === b.signatureState &&
    canonicalPackJson(a.pack) === canonicalPackJson(b.pack)
  );
}

async function clearRefusalFrom(source: PackSource): Promise<void> {
  const refused = await lastRefusedUpdateItem.getValue();
  if (refused?.source === source) await lastRefusedUpdateItem.setValue(null);
}

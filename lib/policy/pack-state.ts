import type { FindingCategory } from '../detectors/types';
import type { Action } from './decide';
import type { PolicyPack } from './pack-schema';
import type { SignatureState } from './signature';
import type { PackProblem } from './validate-pack';

/** Where a pack came from, in order of precedence (the first present one is in force). */
export const packSources = ['managed', 'url', 'file', 'default'] as const;
export type PackSource = (typeof packSources)[number];

/** A pack that passed every check, as stored and shown in the status view. */
export interface PackInForce {
  pack: PolicyPack;
  source: PackSource;
  signatureState: SignatureState;
  /** Epoch milliseconds when this pack was accepted. */
  loadedAt: number;
}

/** The last update that was refused, with its reason; the previous pack stayed in force. */
export interface RefusedUpdate {
  source: PackSource;
  time: number;
  /** One line naming the JSON path and the reason. */
  reason: string;
  problems: PackProblem[];
  packId?: string;
  version?: string;
}

/** Bookkeeping for the pack URL: conditional requests and back-off. */
export interface PackUrlState {
  url: string;
  etag?: string;
  lastCheckedAt?: number;
  failures: number;
  lastError?: string;
}

/** The user's own stricter or milder actions per category (milder ones only when unlocked). */
export type UserActions = Partial<Record<FindingCategory, Action>>;

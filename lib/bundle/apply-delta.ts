/**
 * Applies a verified delta to the bundle the client holds (R-SYNC-22). Pure: the sync client calls
 * it after the signature check and re-validates the result with BundleSchema before keeping it.
 */
import type { Bundle } from './schema';
import type { BundleDelta } from '../api/delta';

export class DeltaMismatchError extends Error {}

export function applyDelta(base: Bundle, delta: BundleDelta): Bundle {
  if (delta.from !== base.version) throw new DeltaMismatchError(`delta from ${delta.from} does not apply to version ${base.version}`);
  const key = (e: { site: string; hash: string }) => `${e.site}:${e.hash}`;
  const removed = new Set(delta.blacklistRemove.map(key));
  const added = new Set(delta.blacklistAdd.map(key));
  const blacklist = base.blacklist.filter((e) => !removed.has(key(e)) && !added.has(key(e))).concat(delta.blacklistAdd);
  return {
    ...base,
    version: delta.version,
    issuedAt: delta.issuedAt,
    settings: delta.settings ?? base.settings,
    vocabulary: delta.vocabulary ?? base.vocabulary,
    sites: delta.sites ?? base.sites,
    creditPrefixes: delta.creditPrefixes ?? base.creditPrefixes,
    blacklist,
  };
}

/**
 * One answer about a host from two sources (R-CREDIT-13/14): the server's record under the hash
 * prefix, and the rule bundle's blacklist (kept locally, so a blacklisted host is caught even
 * when the server cannot be reached). The server's blacklist entry wins: it is the fresher one.
 */
import type { CreditEntry } from '../api';
import type { BlacklistEntry } from '../bundle/blacklist';
import type { SiteId } from '../model';
import type { PrefixAnswer } from '../sync/credit-client';
import { matchCredit } from '../sync/credit-client';
import type { CreditAnswer } from './protocol';

/** Bundle entries may carry a truncated hash (16-64 hex): a prefix of the full one. */
export function bundleBlacklisted(list: readonly BlacklistEntry[], site: SiteId, hash: string): BlacklistEntry | null {
  return list.find((e) => e.site === site && hash.startsWith(e.hash)) ?? null;
}

export function mergeCredit(input: {
  site: SiteId;
  hash: string;
  /** null when the lookup failed and nothing was cached */
  lookup: PrefixAnswer | null;
  bundleBlacklist: readonly BlacklistEntry[];
}): Omit<CreditAnswer, 'myComplaints'> {
  const entry: CreditEntry | null = input.lookup ? matchCredit(input.lookup.entries, input.site, input.hash) : null;
  const fromBundle = bundleBlacklisted(input.bundleBlacklist, input.site, input.hash);
  const blacklist = entry?.blacklist
    ? { ...entry.blacklist, from: 'server' as const }
    : fromBundle
      ? { reason: fromBundle.reason, source: fromBundle.source, since: fromBundle.since, from: 'bundle' as const }
      : null;
  const credit = entry?.credit ?? null;
  const status = !input.lookup ? (blacklist ? 'found' : 'unavailable') : credit || blacklist ? 'found' : 'none';
  return { status, credit, blacklist, fetchedAt: input.lookup?.fetchedAt ?? null, stale: input.lookup?.stale ?? false };
}

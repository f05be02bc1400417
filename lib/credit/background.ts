/**
 * Browser glue for credit badges (R-CREDIT-13/14/15): answers `creditForHost` from a content
 * script. The account id is hashed here; only a hash prefix goes to the server (CreditClient),
 * answers are kept in extension storage (offline, the cache answers), the bundle's blacklist is
 * merged in, and the viewer's own complaints against the host come from IndexedDB.
 */
import { handle } from '../messaging';
import { creditCache, syncApiUrl } from '../storage';
import { db } from '../db/database';
import { ComplaintSchema } from '../complaints/schema';
import { activeBundle, apiUrl } from '../sync/background';
import { BUNDLE_PUBKEYS } from '../bundle/public-key';
import { CreditClient, creditQuery, type PrefixAnswer } from '../sync/credit-client';
import type { SiteId } from '../model';
import { persistedPrefixStore } from './cache-store';
import { mergeCredit } from './merge';
import { complaintsAgainst } from './my-complaints';

async function myComplaints(site: SiteId, accountId: string) {
  const rows = await db().complaints.where('evidence.page.site').equals(site).toArray();
  const parsed = rows.flatMap((r) => {
    const p = ComplaintSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
  return complaintsAgainst(parsed, site, accountId);
}

/** `now` is injectable so tests can step past the cache's TTL. */
export function registerCredit(opts: { now?: () => number } = {}) {
  const now = opts.now ?? Date.now;
  const client = new CreditClient({ fetch: (...a) => globalThis.fetch(...a), apiUrl, now, store: persistedPrefixStore(creditCache, now), publicKey: BUNDLE_PUBKEYS });
  // another server has other data: what the last one said is not this one's answer
  syncApiUrl.watch(() => void client.forget());
  handle({
    creditForHost: async ({ site, accountId }) => {
      const [{ hash }, bundle] = await Promise.all([creditQuery(site, accountId), activeBundle()]);
      let lookup: PrefixAnswer | null = null;
      try {
        // issue 14: checked against the bundle's prefix set first; only a hit asks the server
        lookup = await client.lookupHash(hash, bundle.creditPrefixes, Date.parse(bundle.issuedAt));
      } catch (e) {
        console.warn('LiveGuard: credit lookup failed', e instanceof Error ? e.message : e);
      }
      const mine = await myComplaints(site, accountId).catch(() => ({ total: 0, recent: [] }));
      return { ...mergeCredit({ site, hash, lookup, bundleBlacklist: bundle.blacklist }), myComplaints: mine };
    },
  });
}

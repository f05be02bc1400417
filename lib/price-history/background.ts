/**
 * The price history in the background (issue 19): each observation from a content script is checked
 * against the product's history (lib/price, pure) and stored (lib/db/price-points). A small
 * in-memory cache of recently seen products keeps a card read well under 1 ms (tests/bench/price);
 * IndexedDB is written through, so the worker may sleep at any time and lose nothing.
 */
import { handle } from '../messaging';
import { db, type LiveGuardDb } from '../db/database';
import { addPoints, pointsOf, prunePoints } from '../db/price-points';
import { observe, chartOf, keysOf } from '../price/observe';
import { currencyIn, priceFinding } from '../price/finding';
import { prune } from '../price/bounds';
import type { PricePoint, PriceSeen } from '../price/schema';
import type { PriceSeenReply } from './protocol';
import { browserTimeZone, type Clock } from '../protection/clock';

const CACHE = 200;
/** prune the table once per this many stored points (a delete scan per card would cost more than the card) */
const PRUNE_EVERY = 200;

export function createPriceHistory(database: () => LiveGuardDb, clock: Clock) {
  const cache = new Map<string, PricePoint[]>();
  let sincePrune = 0;
  // write-behind: a card's reply waits for the checks, not for IndexedDB; points queued while a
  // write runs go in the next bulkAdd (the worker lives ≥ 30 s after its last event, writes take ms)
  let pending: PricePoint[] = [];
  let writing: Promise<void> | null = null;
  async function drain() {
    while (pending.length) {
      const batch = pending;
      pending = [];
      try {
        await addPoints(database(), batch);
        if ((sincePrune += batch.length) >= PRUNE_EVERY) {
          sincePrune = 0;
          await prunePoints(database(), batch[batch.length - 1].at, batch[batch.length - 1].key);
        }
      } catch (e) {
        console.warn('[LiveGuard] price history write', e);
      }
    }
    writing = null;
  }

  async function historyOf(key: string): Promise<PricePoint[]> {
    let h = cache.get(key);
    if (h) {
      cache.delete(key); // most recent last: the first key is the one to evict
      cache.set(key, h);
      return h;
    }
    h = await pointsOf(database(), key);
    cache.set(key, h);
    if (cache.size > CACHE) cache.delete(cache.keys().next().value!);
    return h;
  }

  return {
    async seen(req: PriceSeen): Promise<PriceSeenReply> {
      const card = req.card;
      if (!card) return { findings: [], chart: [], watch: false };
      const now = clock.now();
      const tz = clock.timeZone();
      const { key } = keysOf(req.site, card);
      const history = await historyOf(key);
      const { issues, add } = observe(req, history, now, tz);
      if (add.length) {
        const kept = prune([...history, ...add], now);
        cache.set(key, kept);
        pending.push(...add);
        writing ??= drain();
      }
      const h = cache.get(key) ?? history;
      // a timed claim due within the last minute or later: keep reading the card (an "after the stream"
      // claim is checked when the product is next seen, on a later day or in another room)
      const watch = h.some((p) => p.backUp?.due != null && p.backUp.due > now - 60_000);
      return { findings: issues.map((i) => priceFinding(i, tz, now, currencyIn(card.text))), chart: chartOf(h), watch };
    },
    /** resolves when every point so far is in IndexedDB */
    flush: async () => {
      while (writing) await writing;
    },
    forget: () => cache.clear(),
  };
}

/** The test build only: e2e pins "now" with globalThis.__liveguardTestNow (as protection's clock does). */
function priceClock(): Clock {
  const testBuild = typeof __LG_TEST_BUILD__ !== 'undefined' && __LG_TEST_BUILD__;
  if (testBuild) return { now: () => (globalThis as { __liveguardTestNow?: number }).__liveguardTestNow ?? Date.now(), timeZone: browserTimeZone };
  return { now: () => Date.now(), timeZone: browserTimeZone };
}

export function registerPriceHistory() {
  const history = createPriceHistory(db, priceClock());
  handle({ priceSeen: (req) => history.seen(req) });
}

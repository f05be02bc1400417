/**
 * The price history table (issue 19): one row per price this browser saw. Bounded: 90 days, a cap
 * per product (lib/price/bounds.ts) and MAX_POINTS overall, oldest first. Never sent anywhere; a
 * complaint carries the product's rows as evidence.
 */
import type { LiveGuardDb } from './database';
import type { PricePoint } from '../price/schema';
import { KEEP_MS, MAX_POINTS, MAX_POINTS_PER_PRODUCT } from '../price/bounds';

export type PricePointRow = PricePoint & { id?: number };

/** one product's points, oldest first */
export async function pointsOf(db: LiveGuardDb, key: string): Promise<PricePoint[]> {
  const rows = await db.pricePoints.where('key').equals(key).sortBy('at');
  return rows.slice(-MAX_POINTS_PER_PRODUCT).map(strip);
}

/** the points of a product named by its title key (complaint evidence), oldest first */
export async function pointsByTitle(db: LiveGuardDb, titleKey: string, limit = 500): Promise<PricePoint[]> {
  const rows = await db.pricePoints.where('titleKey').equals(titleKey).sortBy('at');
  return rows.slice(-limit).map(strip);
}

function strip(r: PricePointRow): PricePoint {
  const { id: _id, ...p } = r;
  return p;
}

export async function addPoints(db: LiveGuardDb, points: PricePoint[]): Promise<void> {
  if (points.length) await db.pricePoints.bulkAdd(points);
}

/** Drop what is older than 90 days, then the oldest beyond the caps. */
export async function prunePoints(db: LiveGuardDb, now: number, key?: string): Promise<number> {
  let dropped = await db.pricePoints.where('at').below(now - KEEP_MS).delete();
  if (key) {
    const n = await db.pricePoints.where('key').equals(key).count();
    if (n > MAX_POINTS_PER_PRODUCT) {
      const old = (await db.pricePoints.where('key').equals(key).sortBy('at')).slice(0, n - MAX_POINTS_PER_PRODUCT);
      await db.pricePoints.bulkDelete(old.map((r) => r.id!));
      dropped += old.length;
    }
  }
  const total = await db.pricePoints.count();
  if (total > MAX_POINTS) {
    const keys = await db.pricePoints.orderBy('at').limit(total - MAX_POINTS).primaryKeys();
    await db.pricePoints.bulkDelete(keys);
    dropped += keys.length;
  }
  return dropped;
}

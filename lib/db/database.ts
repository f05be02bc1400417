/**
 * The LiveGuard IndexedDB (design.md lib/db): Dexie with a versioned schema. Every schema change adds
 * a version in versions.ts with its migration and a fixture of the old shape under
 * tests/fixtures/db/, and tests/unit/complaints/db-upgrade.test.ts upgrades every old fixture.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Complaint } from '../complaints/schema';
import type { ScreenshotRow } from './screenshots';
import type { ShareQueueRow } from './share-queue';
import type { PricePointRow } from './price-points';
import { applyVersions } from './versions';

export const DB_NAME = 'liveguard';

export type LiveGuardDb = Dexie & {
  complaints: EntityTable<Complaint, 'id'>;
  screenshots: EntityTable<ScreenshotRow, 'id'>;
  shareQueue: EntityTable<ShareQueueRow, 'complaintId'>;
  pricePoints: EntityTable<PricePointRow, 'id'>;
};

export function openDb(name = DB_NAME): LiveGuardDb {
  const db = new Dexie(name) as LiveGuardDb;
  applyVersions(db);
  return db;
}

let shared: LiveGuardDb | null = null;
/** One connection per context (background, complaints page). */
export function db(): LiveGuardDb {
  shared ??= openDb();
  return shared;
}

/** A quota error is told apart so the UI can say so plainly (nothing stored is lost: the transaction aborts). */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

/**
 * Schema versions, oldest first. Never edit a shipped version: add one with `.upgrade()` and a
 * fixture of the previous shape (tests/fixtures/db/v<N>.json).
 * v1 (first release): complaints, screenshots (blobs), shareQueue.
 * v2 (issue 19): pricePoints, the local price history (lib/db/price-points.ts). Complaints gain an
 *   optional `evidence.priceHistory`; v1 complaints are kept exactly as sealed (no backfill: their
 *   record hash covers their content, and an absent field leaves the canonical JSON unchanged).
 */
import type Dexie from 'dexie';

export const DB_VERSION = 2;

export const STORES_V1 = {
  complaints: 'id, status, createdAt, subject.category, evidence.page.site',
  screenshots: 'id, complaintId',
  shareQueue: 'complaintId, nextAttemptAt',
};

export const STORES_V2 = {
  ...STORES_V1,
  /** one row per price seen: by product (key), by title (a complaint knows only the title), by time (pruning) */
  pricePoints: '++id, key, titleKey, at',
};

export function applyVersions(db: Dexie): void {
  db.version(1).stores(STORES_V1);
  db.version(2).stores(STORES_V2);
}

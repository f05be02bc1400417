/**
 * Schema versions, oldest first. Never edit a shipped version: add one with `.upgrade()` and a
 * fixture of the previous shape (tests/fixtures/db/v<N>.json).
 * v1 (first release): complaints, screenshots (blobs), shareQueue.
 */
import type Dexie from 'dexie';

export const DB_VERSION = 1;

export const STORES_V1 = {
  complaints: 'id, status, createdAt, subject.category, evidence.page.site',
  screenshots: 'id, complaintId',
  shareQueue: 'complaintId, nextAttemptAt',
};

export function applyVersions(db: Dexie): void {
  db.version(1).stores(STORES_V1);
}

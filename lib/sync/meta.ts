/**
 * The sync state kept in storage (lib/storage.ts) and the part of it the status messages show
 * (protocol.ts). Its own small file so the protocol, which every context loads, does not pull in
 * the sync client and the signature check.
 */
import { z } from 'zod';

export const SyncMetaSchema = z.object({
  status: z.enum(['never', 'ok', 'error', 'rejected']),
  /** epoch ms of the last successful check (200 or 304) */
  lastSyncAt: z.number().nullable(),
  lastAttemptAt: z.number().nullable(),
  lastError: z.string().nullable(),
  failures: z.number().int().nonnegative(),
  etag: z.string().nullable(),
  /** the URL the etag belongs to */
  etagUrl: z.string().nullable(),
});
export type SyncMeta = z.infer<typeof SyncMetaSchema>;
export type SyncStatus = SyncMeta['status'];
export const INITIAL_META: SyncMeta = { status: 'never', lastSyncAt: null, lastAttemptAt: null, lastError: null, failures: 0, etag: null, etagUrl: null };

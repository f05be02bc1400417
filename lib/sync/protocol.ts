/** Sync messages (lib/messaging.ts PROTOCOL). */
import { z } from 'zod';
import { message } from '../message';
import { BundleSchema } from '../bundle/schema';
import { SyncMetaSchema } from './meta';

/** What a content script needs of the active bundle: not the blacklist (large; credit lookups cover it). */
export const ActiveRulesSchema = BundleSchema.pick({ version: true, vocabulary: true, sites: true });
export type ActiveRules = z.infer<typeof ActiveRulesSchema>;

export const SyncStatusSchema = SyncMetaSchema.pick({ status: true, lastSyncAt: true, lastAttemptAt: true, lastError: true }).extend({
  bundleVersion: z.number().int().nonnegative(),
  apiUrl: z.string(),
  /** true when the viewer set their own server */
  customApiUrl: z.boolean(),
});
export type SyncStatusView = z.infer<typeof SyncStatusSchema>;

const ApiUrlSchema = z
  .string()
  .max(300)
  .refine((u) => /^https:\/\/[^\s/]+(\/.*)?$|^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/.*)?$/.test(u), 'https URL (or http on localhost)');

export const syncProtocol = {
  getSyncStatus: message({ request: z.object({}).strict(), response: SyncStatusSchema, from: 'extension' }),
  syncNow: message({ request: z.object({}).strict(), response: SyncStatusSchema, from: 'extension' }),
  /** null restores the built-in server */
  setApiUrl: message({ request: z.object({ apiUrl: ApiUrlSchema.nullable() }).strict(), response: SyncStatusSchema, from: 'extension' }),
  /** the synced bundle's rules when a good one is held, else the built-in default (R-SYNC-22) */
  getActiveRules: message({ request: z.object({}).strict(), response: ActiveRulesSchema, from: 'content' }),
};

/** Sync messages (lib/messaging.ts PROTOCOL). */
import { z } from 'zod';
import { message } from '../message';
import { BundleSchema } from '../bundle/schema';
import { ScorerModelJsonSchema } from '../bundle/model';
import { FormsWireSchema } from '../bundle/form-schema';
import { SyncMetaSchema } from './meta';
import { SiteIdSchema } from '../model';
import { SiteReadingSchema } from '../sites/descriptor';

/** OpenCC's TSCharacters table is about 29 KB; a generous cap keeps a bad reply bounded */
const MAX_TRAD_TABLE_CHARS = 256 * 1024;

/**
 * What a content script needs of the active bundle: not the blacklist (large; credit lookups cover
 * it). The scanner's data travels here too (issue 13): the bundle's model or the built-in one, and
 * the traditional → simplified table and the rule forms, so the content script bundles none; the background holds
 * the built-in default bundle before the first sync and offline (R-SYNC-22).
 */
export const ActiveRulesSchema = BundleSchema.pick({ version: true, vocabulary: true, sites: true }).extend({
  model: ScorerModelJsonSchema,
  tradTable: z.string().max(MAX_TRAD_TABLE_CHARS),
  /** the rule forms (efficacy, price, goods: lib/detect/form-spec.ts), data the content script does not bundle (issue 13) */
  forms: FormsWireSchema,
  /**
   * how to read the asking room's site (selectors, host-id pattern: its built-in descriptor's
   * reading, lib/sites/descriptor.ts); the bundle's override for it is in `sites` (issue 13: the
   * content script bundles only the sites' addresses)
   */
  reading: SiteReadingSchema.optional(),
});
export type ActiveRules = z.infer<typeof ActiveRulesSchema>;
/** the scanner data the background adds to every bundle's rules (lib/detect/built-in-data.ts) */
export type ScannerDefaults = Pick<ActiveRules, 'model' | 'tradTable' | 'forms'>;

export const SyncStatusSchema = SyncMetaSchema.pick({ status: true, lastSyncAt: true, lastAttemptAt: true, lastError: true }).extend({
  bundleVersion: z.number().int().nonnegative(),
  apiUrl: z.string(),
  /** true when the viewer set their own server */
  customApiUrl: z.boolean(),
  /** the server has not confirmed the rules within the freshness limit (client.ts STALE_AFTER_MS) */
  stale: z.boolean(),
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
  /** `site`: the asking room's site, whose reading comes with the rules */
  getActiveRules: message({ request: z.object({ site: SiteIdSchema.optional() }).strict(), response: ActiveRulesSchema, from: 'content' }),
};

/**
 * Delta format between two bundle versions (R-SYNC-22). Vocabulary, sites and settings are sent
 * only when they changed since `from`; blacklist changes are sent as adds and removes, so a delta
 * of 100 changes stays a few KB even when the full bundle carries 100k entries.
 */
import { z } from 'zod';
import { CreditPrefixSetSchema } from '../bundle/credit-prefixes';
import { BUNDLE_SCHEMA_VERSION, BundleSettingsSchema, SiteOverridesSchema } from '../bundle/schema';
import { VocabularySchema } from '../bundle/vocabulary';
import { BlacklistEntrySchema } from '../bundle/blacklist';
import { SiteIdSchema } from '../model';
import { BundleHashPattern } from '../bundle/content-hash';

export const BlacklistKeySchema = z
  .object({ site: SiteIdSchema, hash: BlacklistEntrySchema.shape.hash })
  .strict();
export type BlacklistKey = z.infer<typeof BlacklistKeySchema>;

export const BundleDeltaSchema = z
  .object({
    schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
    /** the version the client holds; the delta only applies on top of exactly this version */
    from: z.number().int().nonnegative(),
    /** content hash (lib/bundle/content-hash) of the bundle the delta applies to: a same-numbered bundle from another server must not be patched */
    fromHash: z.string().regex(BundleHashPattern),
    version: z.number().int().positive(),
    /** content hash of the result; the client checks it after applying */
    hash: z.string().regex(BundleHashPattern),
    issuedAt: z.string().datetime(),
    settings: BundleSettingsSchema.optional(),
    vocabulary: VocabularySchema.optional(),
    sites: SiteOverridesSchema.optional(),
    /** the whole prefix set when it changed (it is small and compresses well) */
    creditPrefixes: CreditPrefixSetSchema.optional(),
    blacklistAdd: z.array(BlacklistEntrySchema).max(500_000),
    blacklistRemove: z.array(BlacklistKeySchema).max(500_000),
  })
  .strict();
export type BundleDelta = z.infer<typeof BundleDeltaSchema>;

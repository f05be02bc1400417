/**
 * The rule bundle (R-SYNC-22): one zod schema, used by the server to build and validate what it
 * publishes and by the extension to parse what it receives. Sections live in their own files so
 * each owner (detect, sites, sync) can evolve its part.
 */
import { z } from 'zod';
import { VocabularySchema } from './vocabulary';
import { BlacklistEntrySchema } from './blacklist';
import { SiteIdSchema } from '../model';
import { SiteOverrideSchema } from '../sites/descriptor';
import { ScorerModelJsonSchema } from './model';
import { CreditPrefixSetSchema } from './credit-prefixes';

export const BUNDLE_SCHEMA_VERSION = 1;

export const BundleSettingsSchema = z
  .object({
    /** the server's minimum sync interval; the extension never syncs more often */
    minSyncIntervalSec: z.number().int().min(60).max(7 * 24 * 3600),
  })
  .strict();

/** per-site overrides by site id, each typed by the descriptor's override schema (issue 17) */
export const SiteOverridesSchema = z.partialRecord(SiteIdSchema, SiteOverrideSchema);

export const BundleSchema = z
  .object({
    schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
    /** monotonically increasing; deltas are computed between versions */
    version: z.number().int().nonnegative(),
    issuedAt: z.string().datetime(),
    settings: BundleSettingsSchema,
    vocabulary: VocabularySchema,
    /**
     * per-site selector overrides, typed by the descriptor's own override schema (issue 17); the
     * content script checks each selector parses when applying it and keeps the built-in otherwise
     */
    sites: SiteOverridesSchema.default({}),
    blacklist: z.array(BlacklistEntrySchema).max(500_000).default([]),
    /** the trained scorer's weights (issue 15); absent: the built-in default model */
    model: ScorerModelJsonSchema.optional(),
    /**
     * hash prefixes of every account with a credit or blacklist record (R-CREDIT-15, issue 14):
     * checked locally so an unlisted host is never asked about. Absent: the set is unavailable.
     */
    creditPrefixes: CreditPrefixSetSchema.optional(),
  })
  .strict();
export type Bundle = z.infer<typeof BundleSchema>;

/** Admin request bodies (bearer-token endpoints and the same through `npm run admin`). */
import { z } from 'zod';
import { IsoDaySchema, SiteIdSchema } from '../model';
import { BundleSettingsSchema, SiteOverridesSchema } from '../bundle/schema';
import { VocabularySchema } from '../bundle/vocabulary';
import { CreditInfoSchema } from './credit';

/**
 * Text that goes into a database column: PostgreSQL TEXT cannot hold U+0000 and a lone surrogate
 * is not UTF-8, so both fail here (a 400 with a reason) instead of at the insert (a 500).
 */
export const storedText = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL (U+0000)')
    .refine((s) => s.isWellFormed(), 'must be well-formed Unicode (no lone surrogates)');
const accountId = storedText(1, 200);

/** Parts left out are carried over from the previous version. */
export const PublishRequestSchema = z
  .object({
    settings: BundleSettingsSchema.optional(),
    vocabulary: VocabularySchema.optional(),
    /** checked here as the extension will check it, so an unsafe regex is a 400, not a silent no-op (R-SYNC-22) */
    sites: SiteOverridesSchema.optional(),
  })
  .strict();
export type PublishRequest = z.infer<typeof PublishRequestSchema>;

export const BlacklistAddSchema = z
  .object({
    site: SiteIdSchema,
    accountId,
    displayName: storedText(0, 200).optional(),
    reason: storedText(1, 500),
    source: storedText(1, 200),
    since: IsoDaySchema,
  })
  .strict();
export type BlacklistAdd = z.infer<typeof BlacklistAddSchema>;

export const BlacklistRemoveSchema = z.object({ site: SiteIdSchema, accountId }).strict();

/** One account's credit as an admin imports it: the account, then exactly what lookups return (CreditInfoSchema). */
export const CreditRecordSchema = z.object({ site: SiteIdSchema, accountId, ...CreditInfoSchema.shape }).strict();
export type CreditRecord = z.infer<typeof CreditRecordSchema>;

export const CreditImportJsonSchema = z.array(CreditRecordSchema).min(1).max(200_000);
export const CREDIT_CSV_COLUMNS = ['site', 'accountId', 'level', 'complaints', 'platformPenalties', 'regulatorNotices', 'updatedAt'] as const;

/** Admin request bodies (bearer-token endpoints and the same through `npm run admin`). */
import { z } from 'zod';
import { SiteIdSchema } from '../model';
import { BundleSettingsSchema } from '../bundle/schema';
import { VocabularySchema } from '../bundle/vocabulary';
import { CreditInfoSchema } from './credit';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const accountId = z.string().min(1).max(200);

/** Parts left out are carried over from the previous version. */
export const PublishRequestSchema = z
  .object({
    settings: BundleSettingsSchema.optional(),
    vocabulary: VocabularySchema.optional(),
    sites: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  })
  .strict();
export type PublishRequest = z.infer<typeof PublishRequestSchema>;

export const BlacklistAddSchema = z
  .object({
    site: SiteIdSchema,
    accountId,
    displayName: z.string().max(200).optional(),
    reason: z.string().min(1).max(500),
    source: z.string().min(1).max(200),
    since: day,
  })
  .strict();
export type BlacklistAdd = z.infer<typeof BlacklistAddSchema>;

export const BlacklistRemoveSchema = z.object({ site: SiteIdSchema, accountId }).strict();

/** One account's credit as an admin imports it: the account, then exactly what lookups return (CreditInfoSchema). */
export const CreditRecordSchema = z.object({ site: SiteIdSchema, accountId, ...CreditInfoSchema.shape }).strict();
export type CreditRecord = z.infer<typeof CreditRecordSchema>;

export const CreditImportJsonSchema = z.array(CreditRecordSchema).min(1).max(200_000);
export const CREDIT_CSV_COLUMNS = ['site', 'accountId', 'level', 'complaints', 'platformPenalties', 'regulatorNotices', 'updatedAt'] as const;

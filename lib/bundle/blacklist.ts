/**
 * Blacklist section of the rule bundle (R-CREDIT-14). Entries carry the account hash, never the
 * raw account id, so the bundle itself reveals nothing the viewer does not already see.
 * Owned by the companion API / sync work.
 */
import { z } from 'zod';
import { IsoDaySchema, SiteIdSchema } from '../model';

export const BlacklistEntrySchema = z
  .object({
    site: SiteIdSchema,
    /** hex SHA-256 of "platform:accountId" (see lib/bundle/account-hash.ts), possibly truncated */
    hash: z.string().regex(/^[0-9a-f]{16,64}$/),
    reason: z.string().max(500),
    source: z.string().max(200),
    /** ISO date (YYYY-MM-DD) */
    since: IsoDaySchema,
  })
  .strict();
export type BlacklistEntry = z.infer<typeof BlacklistEntrySchema>;

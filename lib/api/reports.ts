/**
 * Opt-in anonymised complaint summaries (R-SYNC-23): sent only when the viewer chooses to share a
 * complaint. No URL, no room id, no free-text page content: the account hash, the categories and
 * rule ids the complaint is about, and the day.
 */
import { z } from 'zod';
import { IsoDaySchema, SiteIdSchema } from '../model';
import { CategorySchema, RuleIdSchema, SeveritySchema } from '../taxonomy-schema';

export const ReportSchema = z
  .object({
    site: SiteIdSchema,
    accountHash: z.string().regex(/^[0-9a-f]{64}$/),
    categories: z.array(CategorySchema).min(1).max(20),
    ruleIds: z.array(RuleIdSchema).max(50),
    severity: SeveritySchema,
    findingsCount: z.number().int().nonnegative().max(100_000),
    /** day only (YYYY-MM-DD), not a timestamp */
    day: IsoDaySchema,
  })
  .strict();
export type Report = z.infer<typeof ReportSchema>;

export const ReportAcceptedSchema = z.object({ accepted: z.literal(true), id: z.number().int() }).strict();

/**
 * The anonymised summary a viewer may share with the companion API (`POST /v1/reports`), opt-in
 * per complaint (R-SYNC-23). It names the host by account hash (R-CREDIT-15), never the viewer:
 * no complainant fields, no chat authors, no URL, no facts in the viewer's words, day precision only.
 * The server adopts this schema as the request body.
 */
import { z } from 'zod';
import { accountHash } from '../account-hash';
import { SiteIdSchema } from '../model';
import { CategorySchema, RuleIdSchema, SeveritySchema } from '../taxonomy';
import type { Complaint } from './schema';

export const ReportSummarySchema = z.object({
  schema: z.literal('liveguard.report/1'),
  site: SiteIdSchema,
  /** SHA-256("site:hostId") hex, or null when the page showed no host id */
  hostHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  category: CategorySchema,
  ruleId: RuleIdSchema.nullable(),
  severity: SeveritySchema.nullable(),
  /** the matched page text (public page content, not the viewer's) */
  matchedText: z.string().max(500),
  price: z.number().nonnegative().nullable(),
  originalPrice: z.number().nonnegative().nullable(),
  /** YYYY-MM-DD (UTC) of the capture */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** the evidence record hash lets the server de-duplicate re-sent reports without knowing more */
  evidenceHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

export async function summarize(c: Complaint): Promise<ReportSummary> {
  const e = c.evidence;
  return ReportSummarySchema.parse({
    schema: 'liveguard.report/1',
    site: e.page.site,
    hostHash: e.page.hostId ? await accountHash(e.page.site, e.page.hostId) : null,
    category: c.subject.category,
    ruleId: c.subject.ruleId,
    severity: c.subject.severity,
    matchedText: c.subject.matchedText.slice(0, 500),
    price: e.product?.price ?? null,
    originalPrice: e.product?.originalPrice ?? null,
    day: new Date(e.capturedAt).toISOString().slice(0, 10),
    evidenceHash: e.recordHash,
  });
}

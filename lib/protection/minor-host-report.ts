/**
 * "This host looks under 16" (R-MINOR-12): a local-first report. It is stored on this device with
 * time, site, room and host identity and shown in the guardian's activity log; it is never sent
 * anywhere (R-SYNC-23) and can later become a complaint draft.
 */
import { z } from 'zod';
import { SiteIdSchema } from '../model';

export const REPORTS_MAX = 200;

export const MinorHostReportInputSchema = z.object({
  site: SiteIdSchema,
  roomId: z.string().min(1).max(200),
  /** the host's display name as the page shows it (hostile text: render as text only) */
  hostName: z.string().max(200).optional(),
  /** the site's stable account id when the adapter has it */
  hostId: z.string().max(200).optional(),
  /** https page URL of the room */
  url: z.string().url().max(2000).refine((u) => u.startsWith('https://'), 'https only').optional(),
  note: z.string().max(500).optional(),
});
export type MinorHostReportInput = z.infer<typeof MinorHostReportInputSchema>;

export const MinorHostReportSchema = MinorHostReportInputSchema.extend({ id: z.string(), at: z.number() });
export type MinorHostReport = z.infer<typeof MinorHostReportSchema>;

export function addReport(reports: MinorHostReport[], input: MinorHostReportInput, at: number, id: string): MinorHostReport[] {
  const next = [...reports, { ...input, id, at }];
  return next.slice(-REPORTS_MAX);
}

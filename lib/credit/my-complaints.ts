/**
 * The viewer's own complaints against one host (R-CREDIT-13 card): read from the local complaints
 * table (lib/db) by the background, matched on the evidence's platform and host id. Nothing here
 * leaves the browser.
 */
import { z } from 'zod';
import { CategorySchema } from '../taxonomy-schema';
import { ComplaintStatusSchema, type Complaint } from '../complaints/schema';
import type { SiteId } from '../model';

export const MyComplaintSchema = z.object({
  id: z.string(),
  createdAt: z.number(),
  category: CategorySchema,
  status: ComplaintStatusSchema,
});
export type MyComplaint = z.infer<typeof MyComplaintSchema>;

export const MY_COMPLAINTS_SHOWN = 10;

export function complaintsAgainst(all: readonly Complaint[], site: SiteId, accountId: string): { total: number; recent: MyComplaint[] } {
  const mine = all
    .filter((c) => c.evidence.page.site === site && c.evidence.page.hostId === accountId)
    .sort((a, b) => b.createdAt - a.createdAt);
  return {
    total: mine.length,
    recent: mine.slice(0, MY_COMPLAINTS_SHOWN).map((c) => ({ id: c.id, createdAt: c.createdAt, category: c.subject.category, status: c.status })),
  };
}

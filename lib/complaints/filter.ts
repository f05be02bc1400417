/** The complaints page's filters (R-COMPLAINT-19), pure so they are tested without a page. */
import type { Category } from '../taxonomy';
import type { SiteId } from '../model';
import type { Complaint, ComplaintStatus } from './schema';

export interface ComplaintFilter {
  status: ComplaintStatus | '';
  site: SiteId | '';
  category: Category | '';
  /** YYYY-MM-DD, inclusive, local time, on the capture date */
  from: string;
  to: string;
}
export const NO_FILTER: ComplaintFilter = { status: '', site: '', category: '', from: '', to: '' };

function dayStart(s: string): number {
  return new Date(`${s}T00:00:00`).getTime();
}

export function applyFilter(list: Complaint[], f: ComplaintFilter): Complaint[] {
  const from = f.from ? dayStart(f.from) : -Infinity;
  const to = f.to ? dayStart(f.to) + 86_400_000 : Infinity;
  return list.filter(
    (c) =>
      (!f.status || c.status === f.status) &&
      (!f.site || c.evidence.page.site === f.site) &&
      (!f.category || c.subject.category === f.category) &&
      c.evidence.capturedAt >= from &&
      c.evidence.capturedAt < to,
  );
}

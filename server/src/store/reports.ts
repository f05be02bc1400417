/** Opt-in anonymised complaint summaries (R-SYNC-23). */
import type { Report } from '../../../lib/api';
import type { Queryable } from '../db/types';

export async function saveReport(q: Queryable, r: Report, now = new Date()): Promise<number> {
  const [row] = await q.query<{ id: number }>('INSERT INTO reports (received_at, body) VALUES ($1, $2) RETURNING id', [now.toISOString(), JSON.stringify(r)]);
  return Number(row!.id);
}

/**
 * Store a new complaint with its screenshot in ONE transaction: either both are kept or neither,
 * so a quota error leaves everything stored before untouched (R-COMPLAINT-16).
 */
import type { LiveGuardDb } from '../db/database';
import type { Complaint } from './schema';
import { ComplaintSchema } from './schema';

export async function storeFiling(db: LiveGuardDb, c: Complaint, screenshot: Blob | null): Promise<void> {
  const parsed = ComplaintSchema.parse(c);
  const ref = parsed.evidence.screenshot;
  if (!!ref !== !!screenshot) throw new Error('screenshot and its record disagree');
  await db.transaction('rw', db.complaints, db.screenshots, async () => {
    await db.complaints.add(parsed);
    if (ref && screenshot) await db.screenshots.add({ id: ref.id, complaintId: parsed.id, mime: ref.mime, blob: screenshot });
  });
}

/** The complaints table: records parsed on the way out so a damaged row is reported, not rendered. */
import { ComplaintSchema, type Complaint } from '../complaints/schema';
import type { LiveGuardDb } from './database';

export async function listComplaints(db: LiveGuardDb): Promise<Complaint[]> {
  const rows = await db.complaints.orderBy('createdAt').reverse().toArray();
  return rows.flatMap((r) => {
    const p = ComplaintSchema.safeParse(r);
    return p.success ? [p.data] : [];
  });
}

export async function getComplaint(db: LiveGuardDb, id: string): Promise<Complaint | null> {
  const row = await db.complaints.get(id);
  return row ? ComplaintSchema.parse(row) : null;
}

/** Save edits; evidence is immutable after filing, so the stored evidence always wins. */
export async function saveComplaint(db: LiveGuardDb, c: Complaint): Promise<void> {
  const parsed = ComplaintSchema.parse(c);
  await db.transaction('rw', db.complaints, async () => {
    const old = await db.complaints.get(parsed.id);
    await db.complaints.put(old ? { ...parsed, evidence: old.evidence, createdAt: old.createdAt } : parsed);
  });
}

export async function deleteComplaint(db: LiveGuardDb, id: string): Promise<void> {
  await db.transaction('rw', [db.complaints, db.screenshots, db.shareQueue], async () => {
    await db.complaints.delete(id);
    await db.screenshots.where('complaintId').equals(id).delete();
    await db.shareQueue.delete(id);
  });
}

// R-COMPLAINT-16: a filing is all-or-nothing; a quota error loses nothing stored before.
import { describe, expect, it } from 'vitest';
import { storeFiling } from '@/lib/complaints/store-filing';
import { isQuotaError } from '@/lib/db/database';
import { listComplaints, saveComplaint } from '@/lib/db/complaints';
import { withStatus } from '@/lib/complaints/build';
import { freshDb } from './db-helpers';
import { makeComplaint } from './make-complaint';

describe('storing a filing', () => {
  it('a quota error mid-transaction keeps the old records and leaves no half-written complaint', async () => {
    const db = freshDb();
    const old = await makeComplaint(crypto.randomUUID(), { screenshot: true });
    await storeFiling(db, old.complaint, old.blob);
    // fake-indexeddb has no quota, so the quota error is raised from a Dexie hook (the only simulated part)
    db.screenshots.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const next = await makeComplaint(crypto.randomUUID(), { screenshot: true });
    const err = await storeFiling(db, next.complaint, next.blob).catch((e: unknown) => e);
    expect(isQuotaError(err)).toBe(true);
    expect((await listComplaints(db)).map((c) => c.id)).toEqual([old.complaint.id]);
    expect(await db.screenshots.count()).toBe(1);
  });

  it('edits keep the evidence as captured and record status dates', async () => {
    const db = freshDb();
    const { complaint } = await makeComplaint(crypto.randomUUID());
    await storeFiling(db, complaint, null);
    const forged = { ...complaint, facts: 'new facts', evidence: { ...complaint.evidence, capturedAt: 1 } };
    await saveComplaint(db, withStatus(forged, 'filed_12315', complaint.createdAt + 1000));
    const [c] = await listComplaints(db);
    expect(c!.facts).toBe('new facts');
    expect(c!.evidence).toEqual(complaint.evidence);
    expect(c!.statusHistory.map((h) => [h.status, h.at - complaint.createdAt])).toEqual([['draft', 0], ['filed_12315', 1000]]);
  });

  it('refuses a screenshot without its record', async () => {
    const db = freshDb();
    const { complaint } = await makeComplaint(crypto.randomUUID());
    await expect(storeFiling(db, complaint, new Blob([new Uint8Array([1])]))).rejects.toThrow(/disagree/);
    expect(await db.complaints.count()).toBe(0);
  });
});

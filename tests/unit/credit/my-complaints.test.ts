// R-CREDIT-13: the card lists the viewer's own complaints against this host, from the real complaints
// table (Dexie on fake-indexeddb) filled through the real filing code.
import { describe, expect, it } from 'vitest';
import { freshDb } from '../complaints/db-helpers';
import { makeComplaint } from '../complaints/make-complaint';
import { complaintsAgainst, MY_COMPLAINTS_SHOWN } from '@/lib/credit/my-complaints';
import { listComplaints, saveComplaint } from '@/lib/db/complaints';

describe('complaintsAgainst', () => {
  it('matches platform and host id, newest first, at most MY_COMPLAINTS_SHOWN listed', async () => {
    const db = freshDb();
    const page = (site: 'douyin' | 'twitch', hostId: string) => ({ url: 'https://x', site, roomId: 'r', roomTitle: null, hostName: 'n', hostId });
    for (let i = 0; i < 12; i++) {
      const { complaint } = await makeComplaint(crypto.randomUUID(), { at: 1_000_000 + i * 1000, input: { page: page('douyin', 'host-a') } });
      await saveComplaint(db, complaint);
    }
    await saveComplaint(db, (await makeComplaint(crypto.randomUUID(), { input: { page: page('douyin', 'host-b') } })).complaint);
    await saveComplaint(db, (await makeComplaint(crypto.randomUUID(), { input: { page: page('twitch', 'host-a') } })).complaint);
    const all = await listComplaints(db);
    const mine = complaintsAgainst(all, 'douyin', 'host-a');
    expect(mine.total).toBe(12);
    expect(mine.recent).toHaveLength(MY_COMPLAINTS_SHOWN);
    expect(mine.recent[0]!.createdAt).toBe(1_000_000 + 11 * 1000);
    expect(mine.recent[0]).toMatchObject({ category: 'off_platform', status: 'draft' });
    expect(complaintsAgainst(all, 'twitch', 'host-a').total).toBe(1);
    expect(complaintsAgainst(all, 'douyin', 'nobody').total).toBe(0);
  });
});

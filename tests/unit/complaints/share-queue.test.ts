// R-SYNC-23: sharing is opt-in, queued, retried with backoff when offline, never retried once rejected.
import { describe, expect, it } from 'vitest';
import { enqueueShare, flushShareQueue, backoff, type ReportTransport, type SendOutcome } from '@/lib/complaints/share-queue';
import { summarize } from '@/lib/complaints/share-summary';
import { ReportSchema, type Report } from '@/lib/api';
import { storeFiling } from '@/lib/complaints/store-filing';
import { accountHash } from '@/lib/account-hash';
import { freshDb } from './db-helpers';
import { makeComplaint } from './make-complaint';

/** A scripted transport for the queue's retry logic (the real HTTP one is tested in report-transport.test.ts). */
function transport(outcomes: SendOutcome[]): ReportTransport & { sent: Report[] } {
  const sent: Report[] = [];
  return { sent, async post(s) { sent.push(s); return outcomes.shift() ?? { kind: 'ok' }; } };
}

describe('share summary', () => {
  it('is anonymised: no viewer data, host by hash', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID());
    complaint.complainant = { name: '张三', phone: '13800000000', address: '北京' };
    const s = (await summarize(complaint))!;
    expect(ReportSchema.parse(s)).toEqual(s);
    const json = JSON.stringify(s);
    for (const secret of ['张三', '13800000000', '北京', complaint.facts, 'live.douyin.com', '路人', 'MS4wLjABAAAA_liveguard_demo_host']) expect(json).not.toContain(secret);
    expect(s.accountHash).toBe(await accountHash('douyin', 'MS4wLjABAAAA_liveguard_demo_host'));
    expect(s.day).toBe('2025-06-01');
    expect(s.categories[0]).toBe(complaint.subject.category);
  });

  it('is null when the page showed no host id (nothing to attach a report to)', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID());
    complaint.evidence.page.hostId = null;
    expect(await summarize(complaint)).toBeNull();
  });
});

describe('share queue', () => {
  it('retries offline with growing delays, then marks sent', async () => {
    const db = freshDb();
    const { complaint } = await makeComplaint(crypto.randomUUID(), { input: { share: true } });
    await storeFiling(db, complaint, null);
    await enqueueShare(db, complaint.id, (await summarize(complaint))!, 1000);
    const t = transport([{ kind: 'retry', error: 'offline' }, { kind: 'retry', error: 'offline' }]);
    expect(await flushShareQueue(db, t, 1000)).toEqual({ sent: 0, rejected: 0, retry: 1 });
    expect((await db.shareQueue.get(complaint.id))!.nextAttemptAt).toBe(1000 + backoff(1));
    expect(await flushShareQueue(db, t, 1000 + backoff(1) - 1)).toEqual({ sent: 0, rejected: 0, retry: 0 }); // not due yet
    expect(await flushShareQueue(db, t, 1000 + backoff(1))).toEqual({ sent: 0, rejected: 0, retry: 1 });
    expect(backoff(2)).toBe(2 * backoff(1));
    expect(await flushShareQueue(db, t, 10 ** 12)).toEqual({ sent: 1, rejected: 0, retry: 0 });
    expect(t.sent).toHaveLength(3);
    expect(await db.shareQueue.count()).toBe(0);
    expect((await db.complaints.get(complaint.id))!.share).toBe('sent');
  });

  it('a thrown network error is a retry; a 4xx rejection is final', async () => {
    const db = freshDb();
    const { complaint } = await makeComplaint(crypto.randomUUID(), { input: { share: true } });
    await storeFiling(db, complaint, null);
    await enqueueShare(db, complaint.id, (await summarize(complaint))!, 0);
    const throwing: ReportTransport = { post: async () => { throw new TypeError('Failed to fetch'); } };
    expect((await flushShareQueue(db, throwing, 0)).retry).toBe(1);
    expect((await db.shareQueue.get(complaint.id))!.lastError).toBe('Failed to fetch');
    expect(await flushShareQueue(db, transport([{ kind: 'reject', error: '400' }]), 10 ** 12)).toEqual({ sent: 0, rejected: 1, retry: 0 });
    expect((await db.complaints.get(complaint.id))!.share).toBe('rejected');
  });
});

// R-SYNC-23 across the wire: the extension's share queue and HTTP transport against the real API
// server (embedded database). Only the anonymised report reaches the server; a rejected report is
// final, a rate-limited one waits for a retry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './helpers';
import { httpReportTransport } from '../../lib/complaints/report-transport';
import { enqueueShare, flushShareQueue } from '../../lib/complaints/share-queue';
import { summarize } from '../../lib/complaints/share-summary';
import { storeFiling } from '../../lib/complaints/store-filing';
import { freshDb } from '../../tests/unit/complaints/db-helpers';
import { makeComplaint } from '../../tests/unit/complaints/make-complaint';

let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer({ reportsPerMinute: 2 });
});
afterAll(async () => server?.close());

const rows = async () => (await server.db.query<{ body: unknown }>('SELECT body FROM reports ORDER BY id')).map((r) => (typeof r.body === 'string' ? JSON.parse(r.body) : r.body));

describe('share queue over HTTP', () => {
  it('sends the anonymised summary, marks the complaint sent, and the server stores exactly that', async () => {
    const db = freshDb();
    const { complaint } = await makeComplaint(crypto.randomUUID(), { input: { share: true } });
    await storeFiling(db, complaint, null);
    const summary = (await summarize(complaint))!;
    await enqueueShare(db, complaint.id, summary, 0);
    const t = httpReportTransport({ fetch, apiUrl: async () => server.url + '/' });
    expect(await flushShareQueue(db, t, 0)).toEqual({ sent: 1, rejected: 0, retry: 0 });
    expect((await db.complaints.get(complaint.id))!.share).toBe('sent');
    const stored = await rows();
    expect(stored.at(-1)).toEqual(summary);
    const json = JSON.stringify(stored);
    for (const secret of [complaint.evidence.page.url, complaint.evidence.page.hostId!, complaint.evidence.page.roomId, complaint.facts])
      expect(json).not.toContain(secret);
  });

  it('a report the server refuses (4xx) is final; a rate-limited one (429) is retried later', async () => {
    const db = freshDb();
    const t = httpReportTransport({ fetch, apiUrl: async () => server.url });
    const { complaint } = await makeComplaint(crypto.randomUUID(), { input: { share: true } });
    await storeFiling(db, complaint, null);
    // a schema-valid-looking row the server must refuse: categories empty
    await enqueueShare(db, complaint.id, { ...(await summarize(complaint))!, categories: [] }, 0);
    expect(await flushShareQueue(db, t, 0)).toEqual({ sent: 0, rejected: 1, retry: 0 });
    expect((await db.complaints.get(complaint.id))!.share).toBe('rejected');

    // the limit is 2 per minute and this suite already used 2: the next one is told to wait
    const { complaint: c2 } = await makeComplaint(crypto.randomUUID(), { input: { share: true } });
    await storeFiling(db, c2, null);
    await enqueueShare(db, c2.id, (await summarize(c2))!, 0);
    expect(await flushShareQueue(db, t, 0)).toEqual({ sent: 0, rejected: 0, retry: 1 });
    expect((await db.shareQueue.get(c2.id))!.lastError).toMatch(/^HTTP 429/);
    expect((await db.complaints.get(c2.id))!.share).toBe('queued');
  });

  it('an unreachable server is a retry, never a loss', async () => {
    const db = freshDb();
    const { complaint } = await makeComplaint(crypto.randomUUID(), { input: { share: true } });
    await storeFiling(db, complaint, null);
    await enqueueShare(db, complaint.id, (await summarize(complaint))!, 0);
    const t = httpReportTransport({ fetch, apiUrl: async () => 'http://127.0.0.1:9' });
    expect(await flushShareQueue(db, t, 0)).toEqual({ sent: 0, rejected: 0, retry: 1 });
    expect(await db.complaints.get(complaint.id)).toBeTruthy();
  });
});

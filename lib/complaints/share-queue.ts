/**
 * The share queue (R-SYNC-23): queued on opt-in, sent when online, retried with exponential
 * backoff. Coded against a small transport interface so it does not depend on the API client.
 */
import type { LiveGuardDb } from '../db/database';
import type { ShareQueueRow } from '../db/share-queue';
import type { Report } from '../api';

/** 'ok' sent; 'retry' offline / 5xx / 429; 'reject' 4xx (never retried: the server said no). */
export type SendOutcome = { kind: 'ok' } | { kind: 'retry'; error: string } | { kind: 'reject'; error: string };
export interface ReportTransport {
  post(summary: Report): Promise<SendOutcome>;
}

export const BASE_DELAY_MS = 60_000;
export const MAX_DELAY_MS = 6 * 3_600_000;
export function backoff(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

export async function enqueueShare(db: LiveGuardDb, complaintId: string, summary: Report, now: number) {
  const row: ShareQueueRow = { complaintId, summary, attempts: 0, nextAttemptAt: now };
  await db.shareQueue.put(row);
}

/** Send every due row once. Returns how many were sent, rejected and kept for later. */
export async function flushShareQueue(db: LiveGuardDb, transport: ReportTransport, now: number) {
  const due = await db.shareQueue.where('nextAttemptAt').belowOrEqual(now).toArray();
  const result = { sent: 0, rejected: 0, retry: 0 };
  for (const row of due) {
    let outcome: SendOutcome;
    try {
      outcome = await transport.post(row.summary);
    } catch (e) {
      outcome = { kind: 'retry', error: e instanceof Error ? e.message : String(e) };
    }
    if (outcome.kind === 'retry') {
      const attempts = row.attempts + 1;
      await db.shareQueue.put({ ...row, attempts, nextAttemptAt: now + backoff(attempts), lastError: outcome.error });
      result.retry++;
      continue;
    }
    await db.transaction('rw', db.shareQueue, db.complaints, async () => {
      await db.shareQueue.delete(row.complaintId);
      await db.complaints.update(row.complaintId, { share: outcome.kind === 'ok' ? 'sent' : 'rejected' });
    });
    result[outcome.kind === 'ok' ? 'sent' : 'rejected']++;
  }
  return result;
}

/** Share-queue rows: anonymised summaries waiting to be sent (logic in lib/complaints/share-queue.ts). */
import type { Report } from '../api';

export interface ShareQueueRow {
  complaintId: string;
  summary: Report;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
}

/** Share-queue rows: anonymised summaries waiting to be sent (logic in lib/complaints/share-queue.ts). */
import type { ReportSummary } from '../complaints/share-summary';

export interface ShareQueueRow {
  complaintId: string;
  summary: ReportSummary;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string;
}

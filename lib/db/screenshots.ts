/** Screenshot blobs, one row per capture, kept apart from the complaint so lists stay light. */
import type { LiveGuardDb } from './database';

export interface ScreenshotRow {
  id: string;
  complaintId: string;
  mime: 'image/png' | 'image/jpeg';
  blob: Blob;
}

export async function getScreenshot(db: LiveGuardDb, id: string): Promise<ScreenshotRow | undefined> {
  return db.screenshots.get(id);
}

/**
 * Export one or all complaints as ONE file the viewer can attach (R-COMPLAINT-19): a ZIP with
 * complaints.json (the records as stored, hashes included), the screenshots, and report.html.
 */
import JSZip from 'jszip';
import type { Complaint } from './schema';
import { reportHtml, screenshotFile } from './report-html';
import type { ReportLang } from './report-labels';

export const EXPORT_FORMAT = 'liveguard-complaints';
export const EXPORT_VERSION = 1;

export async function exportZip(
  complaints: Complaint[],
  screenshots: Map<string, Blob>,
  lang: ReportLang,
  now: number,
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('complaints.json', JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, complaints }, null, 1));
  for (const c of complaints) {
    const ref = c.evidence.screenshot;
    if (!ref) continue;
    const blob = screenshots.get(ref.id);
    if (!blob) throw new Error(`screenshot ${ref.id} of complaint ${c.id} is missing from the database`);
    zip.file(screenshotFile(ref), new Uint8Array(await blob.arrayBuffer()));
  }
  zip.file('report.html', reportHtml(complaints, lang, now));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export function exportFileName(now: number, single?: Complaint): string {
  const day = new Date(now).toISOString().slice(0, 10);
  return single ? `liveguard-complaint-${day}-${single.id.slice(0, 8)}.zip` : `liveguard-complaints-${day}.zip`;
}

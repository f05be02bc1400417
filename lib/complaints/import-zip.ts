/**
 * Import an export file back (R-COMPLAINT-19). Everything is validated FIRST — the ZIP, the JSON
 * against the complaint schema, every evidence hash, every screenshot's bytes — and only then are
 * the records written in one transaction, so a corrupt or foreign file changes nothing.
 */
import JSZip from 'jszip';
import { z } from 'zod';
import { sha256Hex } from '../account-hash';
import type { LiveGuardDb } from '../db/database';
import { verifyEvidence } from './hashing';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-zip';
import { screenshotFile } from './report-html';
import { ComplaintSchema, type Complaint } from './schema';

const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.number(),
  complaints: z.array(ComplaintSchema).max(10_000),
});

/** A clear, user-facing reason; `code` picks the translated message. */
export class ImportError extends Error {
  constructor(readonly code: 'not_zip' | 'not_liveguard' | 'invalid_record' | 'hash_mismatch' | 'missing_screenshot', detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'ImportError';
  }
}

export interface ParsedImport {
  complaints: Complaint[];
  screenshots: { id: string; complaintId: string; mime: 'image/png' | 'image/jpeg'; bytes: Uint8Array }[];
}

export async function parseImport(data: Uint8Array | ArrayBuffer): Promise<ParsedImport> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (e) {
    throw new ImportError('not_zip', e instanceof Error ? e.message : String(e));
  }
  const jsonFile = zip.file('complaints.json');
  if (!jsonFile) throw new ImportError('not_liveguard', 'complaints.json is missing');
  let json: unknown;
  try {
    json = JSON.parse(await jsonFile.async('string'));
  } catch {
    throw new ImportError('not_liveguard', 'complaints.json is not JSON');
  }
  const head = z.object({ format: z.literal(EXPORT_FORMAT), version: z.literal(EXPORT_VERSION) }).safeParse(json);
  if (!head.success) throw new ImportError('not_liveguard', 'not a LiveGuard complaints export');
  const file = ExportFileSchema.safeParse(json);
  if (!file.success) {
    const i = file.error.issues[0];
    throw new ImportError('invalid_record', `${i?.path.join('.') ?? ''}: ${i?.message ?? 'invalid'}`);
  }
  const ids = new Set<string>();
  const screenshots: ParsedImport['screenshots'] = [];
  for (const c of file.data.complaints) {
    if (ids.has(c.id)) throw new ImportError('invalid_record', `complaint ${c.id} appears twice`);
    ids.add(c.id);
    const bad = await verifyEvidence(c.evidence);
    if (bad.length) throw new ImportError('hash_mismatch', `complaint ${c.id}: ${bad.join(', ')}`);
    const ref = c.evidence.screenshot;
    if (!ref) continue;
    const shot = zip.file(screenshotFile(ref));
    if (!shot) throw new ImportError('missing_screenshot', `complaint ${c.id}: ${screenshotFile(ref)}`);
    const bytes = await shot.async('uint8array');
    if (bytes.byteLength !== ref.bytes || (await sha256Hex(bytes)) !== ref.sha256) {
      throw new ImportError('hash_mismatch', `complaint ${c.id}: screenshot`);
    }
    screenshots.push({ id: ref.id, complaintId: c.id, mime: ref.mime, bytes });
  }
  return { complaints: file.data.complaints, screenshots };
}

/**
 * Write a validated import in one transaction. Complaints already present (same id) are kept as
 * they are — local edits are never overwritten by an older file — and counted as skipped.
 */
export async function writeImport(db: LiveGuardDb, parsed: ParsedImport): Promise<{ added: number; skipped: number }> {
  return db.transaction('rw', db.complaints, db.screenshots, async () => {
    const existing = new Set((await db.complaints.bulkGet(parsed.complaints.map((c) => c.id))).flatMap((c) => (c ? [c.id] : [])));
    const fresh = parsed.complaints.filter((c) => !existing.has(c.id));
    await db.complaints.bulkAdd(fresh);
    const keep = new Set(fresh.map((c) => c.id));
    await db.screenshots.bulkPut(
      parsed.screenshots.filter((s) => keep.has(s.complaintId)).map((s) => ({ id: s.id, complaintId: s.complaintId, mime: s.mime, blob: new Blob([s.bytes as BlobPart], { type: s.mime }) })),
    );
    return { added: fresh.length, skipped: parsed.complaints.length - fresh.length };
  });
}

export async function importZip(db: LiveGuardDb, data: Uint8Array | ArrayBuffer) {
  return writeImport(db, await parseImport(data));
}

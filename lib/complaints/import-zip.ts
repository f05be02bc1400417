/**
 * Import an export file back (R-COMPLAINT-19). Everything is validated FIRST — the ZIP's directory
 * (sizes capped before anything is inflated), the JSON against the complaint schema, every
 * evidence hash, every screenshot's bytes — and only then are the records written in one
 * transaction, so a corrupt, foreign or oversized file changes nothing, and an imported complaint
 * never overwrites evidence already stored (issue 13).
 *
 * fflate, not JSZip, reads the file: its filter sees each entry's sizes from the central directory
 * before inflating, and it inflates into a buffer of exactly the declared size, so an entry that
 * lies about its size cannot grow memory past the caps (the hashes then refuse it).
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
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
  constructor(readonly code: 'not_zip' | 'not_liveguard' | 'invalid_record' | 'hash_mismatch' | 'missing_screenshot' | 'too_large' | 'evidence_conflict', detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'ImportError';
  }
}

export interface ParsedImport {
  complaints: Complaint[];
  screenshots: { id: string; complaintId: string; mime: 'image/png' | 'image/jpeg'; bytes: Uint8Array }[];
}

/** Caps read from the ZIP's central directory before inflating anything. */
export const IMPORT_LIMITS = {
  fileBytes: 256 * 1024 * 1024,
  entries: 10_100,
  /** complaints.json and each screenshot */
  entryBytes: 64 * 1024 * 1024,
  /** everything that will be inflated, together */
  totalBytes: 256 * 1024 * 1024,
  /** inflated / compressed, for entries above ratioFloorBytes (JSON deflates ~10×, PNG ~1×) */
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
};

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function readDirectory(bytes: Uint8Array): Map<string, UnzipFileInfo> {
  const dir = new Map<string, UnzipFileInfo>();
  try {
    unzipSync(bytes, { filter: (f) => (dir.set(f.name, f), false) }); // reads the directory only
  } catch (e) {
    throw new ImportError('not_zip', e instanceof Error ? e.message : String(e));
  }
  if (dir.size > IMPORT_LIMITS.entries) throw new ImportError('too_large', `${dir.size} entries (at most ${IMPORT_LIMITS.entries})`);
  return dir;
}

function checkSizes(dir: Map<string, UnzipFileInfo>, names: string[]) {
  let total = 0;
  for (const name of names) {
    const f = dir.get(name)!;
    if (f.compression !== 0 && f.compression !== 8) throw new ImportError('not_zip', `${name}: unsupported compression ${f.compression}`);
    if (f.originalSize > IMPORT_LIMITS.entryBytes) throw new ImportError('too_large', `${name}: ${MB(f.originalSize)} (at most ${MB(IMPORT_LIMITS.entryBytes)})`);
    if (f.originalSize > IMPORT_LIMITS.ratioFloorBytes && f.originalSize > f.size * IMPORT_LIMITS.ratio) {
      throw new ImportError('too_large', `${name}: inflates ${Math.round(f.originalSize / Math.max(1, f.size))}× (at most ${IMPORT_LIMITS.ratio}×)`);
    }
    total += f.originalSize;
  }
  if (total > IMPORT_LIMITS.totalBytes) throw new ImportError('too_large', `${MB(total)} in all (at most ${MB(IMPORT_LIMITS.totalBytes)})`);
}

function inflate(bytes: Uint8Array, names: Set<string>): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (f) => names.has(f.name) });
  } catch (e) {
    throw new ImportError('not_zip', e instanceof Error ? e.message : String(e));
  }
}

export async function parseImport(data: Uint8Array | ArrayBuffer): Promise<ParsedImport> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) throw new ImportError('too_large', `file of ${MB(bytes.byteLength)} (at most ${MB(IMPORT_LIMITS.fileBytes)})`);
  const dir = readDirectory(bytes);
  if (!dir.has('complaints.json')) throw new ImportError('not_liveguard', 'complaints.json is missing');
  // nothing is inflated before every entry that will be is known to fit: the JSON and any screenshot
  const shotNames = [...dir.keys()].filter((n) => n.startsWith('screenshots/') && !n.endsWith('/'));
  checkSizes(dir, ['complaints.json', ...shotNames]);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflate(bytes, new Set(['complaints.json']))['complaints.json']));
  } catch (e) {
    if (e instanceof ImportError) throw e;
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
  const shotIds = new Set<string>();
  for (const c of file.data.complaints) {
    if (ids.has(c.id)) throw new ImportError('invalid_record', `complaint ${c.id} appears twice`);
    ids.add(c.id);
    const bad = await verifyEvidence(c.evidence);
    if (bad.length) throw new ImportError('hash_mismatch', `complaint ${c.id}: ${bad.join(', ')}`);
    const ref = c.evidence.screenshot;
    if (!ref) continue;
    // one screenshot belongs to one complaint: a shared id would let one record's evidence replace another's
    if (shotIds.has(ref.id)) throw new ImportError('invalid_record', `screenshot ${ref.id} is claimed by two complaints`);
    shotIds.add(ref.id);
    if (!dir.has(screenshotFile(ref))) throw new ImportError('missing_screenshot', `complaint ${c.id}: ${screenshotFile(ref)}`);
  }
  const wanted = file.data.complaints.flatMap((c) => (c.evidence.screenshot ? [screenshotFile(c.evidence.screenshot)] : []));
  const inflated = inflate(bytes, new Set(wanted));
  const screenshots: ParsedImport['screenshots'] = [];
  for (const c of file.data.complaints) {
    const ref = c.evidence.screenshot;
    if (!ref) continue;
    const bytes = inflated[screenshotFile(ref)]!;
    if (bytes.byteLength !== ref.bytes || (await sha256Hex(bytes)) !== ref.sha256) {
      throw new ImportError('hash_mismatch', `complaint ${c.id}: screenshot`);
    }
    screenshots.push({ id: ref.id, complaintId: c.id, mime: ref.mime, bytes });
  }
  return { complaints: file.data.complaints, screenshots };
}

/**
 * Write a validated import in one transaction. Complaints already present (same id) are kept as
 * they are — local edits are never overwritten by an older file — and counted as skipped. A new
 * complaint whose screenshot id is already stored (another complaint's evidence) refuses the whole
 * import: rows are only ever added, never put, so stored evidence keeps matching its hash.
 */
export async function writeImport(db: LiveGuardDb, parsed: ParsedImport): Promise<{ added: number; skipped: number }> {
  return db.transaction('rw', db.complaints, db.screenshots, async () => {
    const existing = new Set((await db.complaints.bulkGet(parsed.complaints.map((c) => c.id))).flatMap((c) => (c ? [c.id] : [])));
    const fresh = parsed.complaints.filter((c) => !existing.has(c.id));
    const keep = new Set(fresh.map((c) => c.id));
    const shots = parsed.screenshots.filter((s) => keep.has(s.complaintId));
    const taken = (await db.screenshots.bulkGet(shots.map((s) => s.id))).flatMap((r) => (r ? [r.id] : []));
    if (taken.length) throw new ImportError('evidence_conflict', `screenshot ${taken[0]} already belongs to a stored complaint`);
    await db.complaints.bulkAdd(fresh);
    await db.screenshots.bulkAdd(shots.map((s) => ({ id: s.id, complaintId: s.complaintId, mime: s.mime, blob: new Blob([s.bytes as BlobPart], { type: s.mime }) })));
    return { added: fresh.length, skipped: parsed.complaints.length - fresh.length };
  });
}

export async function importZip(db: LiveGuardDb, data: Uint8Array | ArrayBuffer) {
  return writeImport(db, await parseImport(data));
}

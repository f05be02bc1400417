// R-COMPLAINT-19: export → import gives the same records; a corrupt or foreign file changes nothing.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { exportZip } from '@/lib/complaints/export-zip';
import { importZip, ImportError, IMPORT_LIMITS } from '@/lib/complaints/import-zip';
import { sha256Hex } from '@/lib/account-hash';
import { verifyEvidence } from '@/lib/complaints/hashing';
import { storeFiling } from '@/lib/complaints/store-filing';
import { listComplaints } from '@/lib/db/complaints';
import { freshDb } from './db-helpers';
import { filingInput, makeComplaint, PNG } from './make-complaint';
import { buildEvidence, newComplaint } from '@/lib/complaints/build';
import type { LiveGuardDb } from '@/lib/db/database';

async function exportAll(db: LiveGuardDb) {
  const complaints = await listComplaints(db);
  const shots = new Map((await db.screenshots.toArray()).map((s) => [s.id, s.blob]));
  return exportZip(complaints, shots, 'zh-CN', Date.UTC(2025, 6, 1));
}

async function seeded() {
  const db = freshDb();
  const a = await makeComplaint(crypto.randomUUID(), { screenshot: true });
  const b = await makeComplaint(crypto.randomUUID());
  await storeFiling(db, a.complaint, a.blob);
  await storeFiling(db, b.complaint, b.blob);
  return { db, a, b };
}

async function snapshot(db: LiveGuardDb) {
  const complaints = await db.complaints.orderBy('id').toArray();
  const shots = await Promise.all((await db.screenshots.orderBy('id').toArray()).map(async (s) => ({ ...s, blob: [...new Uint8Array(await s.blob.arrayBuffer())] })));
  return { complaints, shots };
}

describe('export / import', () => {
  it('round-trips records and screenshots exactly', async () => {
    const { db } = await seeded();
    const before = await snapshot(db);
    const file = await exportAll(db);
    const db2 = freshDb();
    expect(await importZip(db2, file)).toEqual({ added: 2, skipped: 0 });
    const after = await snapshot(db2);
    expect(after).toEqual(before);
    expect(after.shots[0]!.blob).toEqual([...PNG]);
    // importing again adds nothing and overwrites nothing
    expect(await importZip(db2, file)).toEqual({ added: 0, skipped: 2 });
  });

  it('the zip holds complaints.json, the screenshot and the report', async () => {
    const { db, a } = await seeded();
    const zip = await JSZip.loadAsync(await exportAll(db));
    expect(Object.keys(zip.files).sort()).toEqual(['complaints.json', 'report.html', `screenshots/${a.complaint.evidence.screenshot!.id}.png`, 'screenshots/'].sort());
  });

  const bad: [string, (file: Uint8Array) => Promise<Uint8Array>, string][] = [
    ['not a zip', async () => new TextEncoder().encode('hello'), 'not_zip'],
    ['truncated zip', async (f) => f.slice(0, f.byteLength / 2), 'not_zip'],
    ['foreign zip', async () => new JSZip().file('readme.txt', 'hi').generateAsync({ type: 'uint8array' }), 'not_liveguard'],
    ['foreign json', async () => new JSZip().file('complaints.json', '{"format":"other"}').generateAsync({ type: 'uint8array' }), 'not_liveguard'],
    ['tampered facts in evidence', async (f) => edit(f, (j) => { j.complaints[0].evidence.page.hostName = 'someone else'; }), 'hash_mismatch'],
    ['invalid record', async (f) => edit(f, (j) => { j.complaints[1].status = 'bogus'; }), 'invalid_record'],
    ['swapped screenshot bytes', async (f) => { const z = await JSZip.loadAsync(f); const name = Object.keys(z.files).find((n) => n.endsWith('.png'))!; z.file(name, new Uint8Array([1, 2, 3])); return z.generateAsync({ type: 'uint8array' }); }, 'hash_mismatch'],
    ['missing screenshot', async (f) => { const z = await JSZip.loadAsync(f); z.remove(Object.keys(z.files).find((n) => n.endsWith('.png'))!); return z.generateAsync({ type: 'uint8array' }); }, 'missing_screenshot'],
  ];
  for (const [name, mutate, code] of bad) {
    it(`rejects ${name} with a clear error and changes nothing`, async () => {
      const { db } = await seeded();
      const file = await exportAll(db);
      // target db holds one different complaint that must survive untouched
      const target = freshDb();
      const other = await makeComplaint(crypto.randomUUID(), { screenshot: true });
      await storeFiling(target, other.complaint, other.blob);
      const before = await snapshot(target);
      const err = await importZip(target, await mutate(file)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).code).toBe(code);
      expect(await snapshot(target)).toEqual(before);
    });
  }
});

/** Rewrites the inflated size an entry declares in the central directory (the lie a ZIP bomb can tell). */
function declareSize(file: Uint8Array, name: string, size: number): Uint8Array {
  const out = file.slice();
  const v = new DataView(out.buffer);
  const enc = new TextEncoder().encode(name);
  for (let o = 0; o + 46 < out.length; o++) {
    if (v.getUint32(o, true) !== 0x02014b50) continue; // central directory file header
    const n = v.getUint16(o + 28, true);
    if (n === enc.length && out.subarray(o + 46, o + 46 + n).every((b, i) => b === enc[i])) {
      v.setUint32(o + 24, size, true);
      return out;
    }
  }
  throw new Error(`${name} not in the directory`);
}

describe('import caps, read from the ZIP directory before inflating (issue 13)', () => {
  async function bomb(jsonPadding: number) {
    // a real, valid export whose complaints.json is padded with whitespace: deflates ~1000×
    const { db } = await seeded();
    const z = await JSZip.loadAsync(await exportAll(db));
    const json = await z.file('complaints.json')!.async('string');
    z.file('complaints.json', json.replace(/^\{/, '{' + ' '.repeat(jsonPadding)));
    return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  }
  async function expectRefused(file: Uint8Array, code: string, why: RegExp) {
    const target = freshDb();
    const other = await makeComplaint(crypto.randomUUID(), { screenshot: true });
    await storeFiling(target, other.complaint, other.blob);
    const before = await snapshot(target);
    const err = await importZip(target, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect({ code: (err as ImportError).code, message: (err as ImportError).message }).toMatchObject({ code, message: expect.stringMatching(why) });
    expect(await snapshot(target)).toEqual(before);
  }

  it('refuses an entry that inflates far more than it weighs (a ZIP bomb), before parsing it', async () => {
    const file = await bomb(IMPORT_LIMITS.ratioFloorBytes * 4);
    expect(file.byteLength).toBeLessThan(100_000);
    await expectRefused(file, 'too_large', /complaints\.json: inflates \d+×/);
  });

  it('refuses by the sizes the directory declares: over the per-entry cap, over the total', async () => {
    const { db } = await seeded();
    const file = await exportAll(db);
    await expectRefused(declareSize(file, 'complaints.json', IMPORT_LIMITS.entryBytes + 1), 'too_large', /complaints\.json: 64\.0 MB/);
    // five entries each under the entry cap and the ratio, together over the total
    const z = await JSZip.loadAsync(file);
    const weight = Math.ceil((60 * 1024 * 1024) / IMPORT_LIMITS.ratio) + 1024;
    for (let i = 0; i < 5; i++) z.file(`screenshots/extra-${i}.png`, new Uint8Array(weight).fill(i));
    let padded = await z.generateAsync({ type: 'uint8array', compression: 'STORE' });
    for (let i = 0; i < 5; i++) padded = declareSize(padded, `screenshots/extra-${i}.png`, 60 * 1024 * 1024);
    await expectRefused(padded, 'too_large', /300\.0 MB in all/);
  });

  it('an entry that lies small is cut at its declared size, and its hash refuses it', async () => {
    const { db } = await seeded();
    const file = await exportAll(db);
    const shot = (await JSZip.loadAsync(file)).file(/^screenshots\/.+\.png$/)[0]!.name;
    await expectRefused(declareSize(file, shot, 4), 'hash_mismatch', /screenshot/);
  });
});

/** A complaint built by the real filing code around a given screenshot reference (valid hashes). */
async function withShot(ref: { id: string; mime: 'image/png' | 'image/jpeg'; bytes: number; sha256: string }) {
  const at = Date.UTC(2025, 5, 2, 12);
  const input = filingInput({}, at);
  return newComplaint(crypto.randomUUID(), input, await buildEvidence(input, at, ref, null), at);
}

describe('import never overwrites stored evidence (issue 13)', () => {
  it('a new complaint reusing a stored screenshot id refuses the whole import; the old evidence still matches its hash', async () => {
    const target = freshDb();
    const old = await makeComplaint(crypto.randomUUID(), { screenshot: true });
    await storeFiling(target, old.complaint, old.blob);
    const oldRef = old.complaint.evidence.screenshot!;

    // another device's export: one innocent complaint and one whose screenshot reuses the stored id with other bytes
    const src = freshDb();
    const innocent = await makeComplaint(crypto.randomUUID());
    const otherBytes = new Uint8Array([...PNG, 9, 9, 9]);
    const reused = await withShot({ id: oldRef.id, mime: 'image/png', bytes: otherBytes.byteLength, sha256: await sha256Hex(otherBytes) });
    await storeFiling(src, innocent.complaint, null);
    const file = await exportZip([innocent.complaint, reused], new Map([[oldRef.id, new Blob([otherBytes])]]), 'en', Date.UTC(2025, 6, 1));

    const before = await snapshot(target);
    const err = await importZip(target, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe('evidence_conflict');
    // all or nothing: not even the innocent complaint was added
    expect(await snapshot(target)).toEqual(before);
    const row = (await target.screenshots.get(oldRef.id))!;
    const bytes = new Uint8Array(await row.blob.arrayBuffer());
    expect({ complaintId: row.complaintId, bytes: bytes.byteLength, sha256: await sha256Hex(bytes) }).toEqual({ complaintId: old.complaint.id, bytes: oldRef.bytes, sha256: oldRef.sha256 });
    const stored = (await target.complaints.get(old.complaint.id))!;
    expect(await verifyEvidence(stored.evidence)).toEqual([]);
  });

  it('two complaints in one file claiming the same screenshot are refused', async () => {
    const a = await makeComplaint(crypto.randomUUID(), { screenshot: true });
    const b = await withShot(a.complaint.evidence.screenshot!);
    const file = await exportZip([a.complaint, b], new Map([[a.complaint.evidence.screenshot!.id, a.blob!]]), 'en', 0);
    const err = await importZip(freshDb(), file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toMatch(/invalid_record: screenshot .* claimed by two complaints/);
  });
});

async function edit(file: Uint8Array, fn: (j: { complaints: { status: string; evidence: { page: { hostName: string } } }[] }) => void) {
  const z = await JSZip.loadAsync(file);
  const j = JSON.parse(await z.file('complaints.json')!.async('string'));
  fn(j);
  z.file('complaints.json', JSON.stringify(j));
  return z.generateAsync({ type: 'uint8array' });
}

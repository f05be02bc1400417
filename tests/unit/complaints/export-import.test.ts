// R-COMPLAINT-19: export → import gives the same records; a corrupt or foreign file changes nothing.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { exportZip } from '@/lib/complaints/export-zip';
import { importZip, ImportError } from '@/lib/complaints/import-zip';
import { storeFiling } from '@/lib/complaints/store-filing';
import { listComplaints } from '@/lib/db/complaints';
import { freshDb } from './db-helpers';
import { makeComplaint, PNG } from './make-complaint';
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

async function edit(file: Uint8Array, fn: (j: { complaints: { status: string; evidence: { page: { hostName: string } } }[] }) => void) {
  const z = await JSZip.loadAsync(file);
  const j = JSON.parse(await z.file('complaints.json')!.async('string'));
  fn(j);
  z.file('complaints.json', JSON.stringify(j));
  return z.generateAsync({ type: 'uint8array' });
}

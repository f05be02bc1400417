/**
 * Every old shape of the database upgrades to the current one (design.md: read-frog's
 * all-migrations test). Each fixture tests/fixtures/db/v<N>.json holds the stores and rows as
 * version N wrote them; the test creates that database with raw IndexedDB, opens it with the
 * current code, and checks every row parses as today's record. v1 is the first shipped shape, so
 * today this exercises v1 → current; each new version adds its fixture and is picked up here.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb } from '@/lib/db/database';
import { DB_VERSION } from '@/lib/db/versions';
import { ComplaintSchema } from '@/lib/complaints/schema';
import { verifyEvidence } from '@/lib/complaints/hashing';
import { PricePointSchema } from '@/lib/price/schema';

const DIR = 'tests/fixtures/db';
type Fixture = { version: number; stores: Record<string, string>; rows: Record<string, unknown[]> };

/** Create the old database exactly as that version's Dexie schema did. */
async function createOld(f: Fixture) {
  const old = new Dexie('liveguard');
  old.version(f.version).stores(f.stores);
  await old.open();
  for (const [table, rows] of Object.entries(f.rows)) await old.table(table).bulkAdd(rows);
  old.close();
}

const fixtures = readdirSync(DIR).filter((f) => /^v\d+\.json$/.test(f)).sort();

describe('database upgrades', () => {
  it('has a fixture for every version up to the current one', () => {
    expect(fixtures.map((f) => Number(f.slice(1, -5))).sort((a, b) => a - b)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });
  for (const name of fixtures) {
    it(`upgrades ${name} to v${DB_VERSION} keeping every record`, async () => {
      Dexie.dependencies.indexedDB = new IDBFactory();
      Dexie.dependencies.IDBKeyRange = IDBKeyRange;
      const f = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Fixture;
      await createOld(f);
      const db = openDb();
      await db.open();
      expect(db.verno).toBe(DB_VERSION);
      const rows = await db.complaints.toArray();
      expect(rows).toHaveLength(f.rows.complaints!.length);
      for (const r of rows) {
        const c = ComplaintSchema.parse(r);
        expect(await verifyEvidence(c.evidence)).toEqual([]);
      }
      expect(await db.complaints.where('status').equals('draft').count()).toBeGreaterThan(0);
      // v2 (issue 19): the price history table exists after any upgrade and keeps every row it had
      const points = await db.pricePoints.toArray();
      expect(points).toHaveLength(f.rows.pricePoints?.length ?? 0);
      for (const p of points) PricePointSchema.parse(p);
      db.close();
    });
  }
});

/**
 * `npx tsx tests/bench/scale-explain.ts` (issue 22): EXPLAIN (ANALYZE, BUFFERS) of the one lookup
 * statement (store/credit.ts lookupSql) for 1 and 64 random 5-hex prefixes, on the database the
 * admin CLI would open (DATABASE_URL, LG_SCALE_SCHEMA; else LIVEGUARD_DATA_DIR's PGlite). Run it
 * after an import to check that every prefix is an index range scan, never a sequential scan.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { openDb } from '../../server/src/db/open';
import { lookupParams, lookupSql } from '../../server/src/store/credit';

const db = await openDb({
  dataDir: resolve(process.env.LIVEGUARD_DATA_DIR ?? 'server/.data'),
  databaseUrl: process.env.DATABASE_URL || undefined,
  schema: process.env.LG_SCALE_SCHEMA || undefined,
});
const [{ n }] = (await db.query<{ n: string }>('SELECT count(*)::text AS n FROM credit')) as [{ n: string }];
console.log(`credit rows: ${n}`);
for (const count of [1, 64]) {
  const prefixes = Array.from({ length: count }, () => randomBytes(3).toString('hex').slice(0, 5));
  const plan = await db.query<Record<string, string>>(`EXPLAIN (ANALYZE, BUFFERS) ${lookupSql(count)}`, lookupParams(prefixes));
  console.log(`\n--- ${count} prefix(es)`);
  // the 64 per-prefix index scans repeat one shape: print each shape once, with how often it came
  const shapes = new Map<string, { first: string; times: number }>();
  for (const r of plan) {
    const line = Object.values(r)[0]!;
    const shape = line.replace(/'[^']*'/g, "'…'").replace(/\d+(\.\d+)?/g, '#');
    const s = shapes.get(shape);
    if (s) s.times++;
    else shapes.set(shape, { first: line, times: 1 });
  }
  for (const { first, times } of shapes.values()) console.log(`${first.length > 200 ? `${first.slice(0, 200)}…` : first}${times > 1 ? `   (×${times})` : ""}`);
}
await db.close();

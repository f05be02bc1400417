/**
 * Node CPU of one cache-miss lookup, row path against pre-rendered bucket path (issue 22), on the
 * database the CLI would open (DATABASE_URL or PGlite in LG_SCALE_MICRO_DIR), with N generated
 * records (LG_SCALE_MICRO_RECORDS, default 200,000). Prints µs of this process's CPU per lookup.
 * `npx tsx tests/bench/scale-miss-cpu.ts`
 */
import { openDb } from '../../server/src/db/open';
import { generateCredit } from '../../server/src/credit-generate';
import { importCredit, lookupPrefixes } from '../../server/src/store/credit';
import { bucketEntriesJson, renderAllBuckets } from '../../server/src/store/credit-buckets';

const n = Number(process.env.LG_SCALE_MICRO_RECORDS ?? 200_000);
const schema = process.env.DATABASE_URL ? `lgmicro_${Date.now()}` : undefined;
const db = await openDb({ dataDir: process.env.LG_SCALE_MICRO_DIR ?? 'memory://', databaseUrl: process.env.DATABASE_URL || undefined, schema });
await importCredit(db, [...generateCredit(n, 5)]);
await renderAllBuckets(db);
const prefixes = Array.from({ length: 2000 }, (_, i) => ((i * 40_503) % 65_536).toString(16).padStart(4, '0'));
async function time(name: string, fn: (p: string) => Promise<string>) {
  for (const p of prefixes.slice(0, 200)) await fn(p);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let bytes = 0;
  for (const p of prefixes) bytes += (await fn(p)).length;
  const c = process.cpuUsage(c0);
  console.log(`${name}: ${((c.user + c.system) / prefixes.length).toFixed(0)} µs Node CPU, ${((performance.now() - t0) / prefixes.length * 1000).toFixed(0)} µs wall per lookup, ${(bytes / prefixes.length / 1024).toFixed(1)} KB each (${n} records)`);
}
await time('row path (rows → merge → JSON.stringify)', async (p) => JSON.stringify({ prefix: p, entries: await lookupPrefixes(db, [p]) }));
await time('bucket path (pre-rendered text)', async (p) => `{"prefix":"${p}","entries":${await bucketEntriesJson(db, [p])}}`);
if (schema) await db.query(`DROP SCHEMA ${schema} CASCADE`);
await db.close();

/**
 * The scale bench's lookup half alone, on a schema already imported and rendered (issue 22), so
 * two builds can be compared on the same rows: run it from each build's tree in turn (A B A B).
 *   DATABASE_URL=… LG_SCALE_SCHEMA=… npx tsx tests/bench/scale-lookups-ab.ts [records]
 * Prints one JSON line per workload: req/s, p99, hit rate, and requests per CPU-second of the API
 * child and of the PostgreSQL cluster (pg-cpu.ts), with the 1-minute load average.
 */
import { loadavg } from 'node:os';
import { openDb } from '../../server/src/db/open';
import { postmasterPid } from './pg-cpu';
import { measureLookups } from './scale-lookup';
import type { Population } from './scale-workload';

const url = process.env.DATABASE_URL;
const schema = process.env.LG_SCALE_SCHEMA;
if (!url || !schema) throw new Error('DATABASE_URL and LG_SCALE_SCHEMA must name an imported, rendered schema');
const db = await openDb({ dataDir: 'memory://', databaseUrl: url, schema });
const buckets = new Uint32Array(65536);
for (const r of await db.query<{ p: string; n: number }>('SELECT substr(hash, 1, 4) AS p, count(*)::int AS n FROM credit GROUP BY 1')) buckets[parseInt(r.p, 16)] = Number(r.n);
const sample = (await db.query<{ hash: string }>('SELECT hash FROM credit LIMIT 100000')).map((r) => r.hash);
const total = Number(process.argv[2] ?? buckets.reduce((a, b) => a + b, 0));
const pop: Population = { buckets, sample, total };
const postmaster = await postmasterPid(db);
await db.close();
const load = loadavg()[0]!.toFixed(1);
const runs = await measureLookups('memory://', { LG_SCALE_SCHEMA: schema }, postmaster, Number(process.env.LG_BENCH_SECONDS ?? 5), pop);
for (const [kind, r] of Object.entries(runs)) {
  console.log(JSON.stringify({
    kind, rps: Math.round(r.rps), p99: r.p99, hits: +r.hitRate.toFixed(2), requests: r.requests, non2xx: r.non2xx,
    perApiCpuS: r.serverCpuS ? Math.round(r.requests / r.serverCpuS) : null, perDbCpuS: r.dbCpuS ? Math.round(r.requests / r.dbCpuS) : null,
    apiUsPerReq: r.serverCpuS ? Math.round((r.serverCpuS * 1e6) / r.requests) : null, load,
  }));
}

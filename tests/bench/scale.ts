/**
 * `npm run bench:scale` (issue 22): for each size in LG_SCALE_SIZES (default 100000) and each
 * database in LG_SCALE_DBS (default: embedded PGlite, plus PostgreSQL when DATABASE_URL is set,
 * e.g. through scripts/with-postgres.sh), on a fresh database: generate the dataset, stream-import
 * it in a child (wall rate, records per CPU-second of the importer and of the PostgreSQL cluster,
 * peak RSS), export it as static files (time), then load GET /v1/credit/<5 hex> (scale-lookup.ts:
 * random prefixes, mostly cache misses, and 1,000 popular ones, cache hits) with req/s, p99 and req
 * per CPU-second. The machine may be shared: every phase prints its 1-minute load average, and the
 * per-CPU-second figures are what carries over to a dedicated machine. Bucket storage: the
 * rendered buckets' total relation size (heap, TOAST, index) beside the credit table's. Lookups are measured cold,
 * realistic (Zipf popularity after a warm-up) and hot (scale-lookup.ts, scale-workload.ts). Prints
 * a table of figures and a table of the issue's targets, each met or not (issue 22: import >= 50k/s
 * on PostgreSQL with RSS <= 300 MB, lookups >= 4k req/s with p99 <= 20 ms at 10^7, static export
 * of 1e6 in <= 120 s). Not part of `npm run bench` (minutes per size); LG_BENCH_SECONDS sets each
 * lookup run (default 5), LG_SCALE_PGLITE_MAX the largest size run on PGlite (default 1e6).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDb } from '../../server/src/db/open';
import { writeGenerated } from '../../server/src/credit-generate';
import { exportStatic } from '../../server/src/static-export';
import { renderAllBuckets } from '../../server/src/store/credit-buckets';
import { generateKeyPair, publicKeyOf } from '../../lib/bundle/signature';
import { postmasterPid } from './pg-cpu';
import { measureLookups, WARMUP, type LookupRun } from './scale-lookup';
import type { Population } from './scale-workload';

const SIZES = (process.env.LG_SCALE_SIZES ?? '100000').split(',').map(Number);
const DURATION = Number(process.env.LG_BENCH_SECONDS ?? 5);
const PG = process.env.DATABASE_URL || '';
/** LG_SCALE_EXPORT_MAX: no static export above this many records (10^7 writes 65,536 bucket files) */
const EXPORT_MAX = Number(process.env.LG_SCALE_EXPORT_MAX ?? Infinity);
const PGLITE_MAX = Number(process.env.LG_SCALE_PGLITE_MAX ?? 1_000_000);
const DBS = (process.env.LG_SCALE_DBS ?? (PG ? 'pglite,postgres' : 'pglite')).split(',');
if (DBS.includes('postgres') && !PG) throw new Error('LG_SCALE_DBS names postgres but DATABASE_URL is not set');
const tmp = mkdtempSync(join(process.env.LG_SCALE_TMP ?? tmpdir(), 'lg-scale-'));
const rows: string[][] = [];
const targets: string[][] = [];
const target = (what: string, measured: string, met: boolean) => targets.push([what, measured, met ? 'met' : 'NOT MET']);
/** the machine is shared: every figure is printed with the 1-minute load average when its phase began */
const load = () => loadavg()[0]!.toFixed(1);
const k = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)}k` : x.toFixed(0));
const perCpu = (n: number, cpu: number | null) => (cpu ? k(n / cpu) : '-');
const mb = (bytes: string) => `${(Number(bytes) / 1e6).toFixed(0)} MB`;

/** The import runs in a child of its own (scale-import.ts), so its peak RSS is the importer's alone. */
async function importInChild(dataDir: string, file: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/scale-import.ts', dataDir, file], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`import child exited with ${code}`);
  return JSON.parse(out.trim().split('\n').pop()!) as { imported: number; seconds: number; cpuS: number; dbCpuS: number | null; maxRssMB: number };
}

const lookupCell = (l: LookupRun) =>
  `${k(l.rps)}/s p99 ${l.p99} ms, hits ${(l.hitRate * 100).toFixed(0)}%, ${perCpu(l.requests, l.serverCpuS)}/API-CPU-s${l.dbCpuS != null ? ` ${perCpu(l.requests, l.dbCpuS)}/db-CPU-s` : ''}`;

/** Hosts per 4-hex prefix and 100k real hashes (hashes are uniform, so any rows are a random sample). */
async function population(db: Awaited<ReturnType<typeof openDb>>, total: number): Promise<Population> {
  const buckets = new Uint32Array(65536);
  for (const r of await db.query<{ p: string; n: number }>('SELECT substr(hash, 1, 4) AS p, count(*)::int AS n FROM credit GROUP BY 1')) buckets[parseInt(r.p, 16)] = Number(r.n);
  const sample = (await db.query<{ hash: string }>('SELECT hash FROM credit LIMIT 100000')).map((r) => r.hash);
  return { buckets, sample, total };
}

for (const n of SIZES) {
  const file = join(tmp, `credit-${n}.csv`);
  const g0 = Date.now();
  await writeGenerated(file, n, 22);
  console.log(`generated ${n} records in ${((Date.now() - g0) / 1000).toFixed(1)} s`);
  for (const kind of DBS) {
    if (kind === 'pglite' && n > PGLITE_MAX) continue;
    const dataDir = join(tmp, `db-${kind}-${n}`);
    const schema = kind === 'postgres' ? `lgscale_${n}_${randomBytes(3).toString('hex')}` : '';
    const loads = [load()];
    // the PGlite children must not inherit DATABASE_URL (they would use PostgreSQL's public schema)
    const childEnv: Record<string, string> = schema ? { LG_SCALE_SCHEMA: schema } : { DATABASE_URL: '' };
    const imp = await importInChild(dataDir, file, childEnv);
    const rate = imp.imported / imp.seconds;
    const cpuTotal = imp.cpuS + (imp.dbCpuS ?? 0);
    const db = await openDb({ dataDir, databaseUrl: kind === 'postgres' ? PG : undefined, schema: schema || undefined });
    const postmaster = kind === 'postgres' ? await postmasterPid(db) : null;
    const priv = (await generateKeyPair()).privateKey;
    loads.push(load());
    const e0 = Date.now();
    const exp = n <= EXPORT_MAX ? await exportStatic(db, { privateKey: priv, publicKey: await publicKeyOf(priv), source: 'bench' }, join(tmp, `static-${kind}-${n}`)) : null;
    const exportS = (Date.now() - e0) / 1000;
    rmSync(join(tmp, `static-${kind}-${n}`), { recursive: true, force: true });
    // every non-empty bucket pre-rendered once (credit_bucket), as an operator runs `admin render-buckets` after a load
    const r0 = Date.now();
    const rendered = await renderAllBuckets(db);
    const renderS = (Date.now() - r0) / 1000;
    // what the rendered buckets take on disk (heap, TOAST, index), beside the credit table itself
    const [sz] = await db.query<{ bucket: string; credit: string }>(
      `SELECT pg_total_relation_size('credit_bucket')::text AS bucket, pg_total_relation_size('credit')::text AS credit`,
    );
    const pop = await population(db, n);
    await db.close(); // PGlite: one process per data folder, and the server child opens it next
    loads.push(load());
    const l = await measureLookups(dataDir, childEnv, postmaster, DURATION, pop);
    rows.push([
      kind, String(n), `${k(rate)}/s (${imp.seconds.toFixed(0)} s)`,
      `${((cpuTotal / imp.imported) * 1e6).toFixed(0)} µs = ${perCpu(imp.imported, cpuTotal)}/CPU-s (importer ${imp.cpuS.toFixed(1)} s${imp.dbCpuS != null ? `, db ${imp.dbCpuS.toFixed(1)} s` : ''})`,
      `${imp.maxRssMB.toFixed(0)} MB`, exp ? `${exportS.toFixed(1)} s (${exp.files} files)` : 'not run', `${renderS.toFixed(1)} s (${rendered})`, `${mb(sz!.bucket)} (credit ${mb(sz!.credit)})`,
      lookupCell(l.cold), lookupCell(l.realistic), lookupCell(l.hot), String(l.cold.non2xx + l.realistic.non2xx + l.hot.non2xx), loads.join(' / '),
    ]);
    // each row as soon as it is measured: a long run stopped half-way keeps what it measured
    console.log(`row: ${rows[rows.length - 1]!.join(' | ')}`);
    if (kind === 'postgres') {
      target(`import >= 50,000 records/s wall, PostgreSQL, ${n}`, `${rate.toFixed(0)}/s at load ${loads[0]} (${perCpu(imp.imported, cpuTotal)} per CPU-s)`, rate >= 50_000);
      target(`importer RSS <= 300 MB, PostgreSQL, ${n}`, `${imp.maxRssMB.toFixed(0)} MB`, imp.maxRssMB <= 300);
    }
    for (const [name, r] of [['cold', l.cold], ['realistic', l.realistic], ['hot', l.hot]] as const) {
      target(`${name} lookups >= 4k req/s, p99 <= 20 ms, ${kind}, ${n}`, `${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms, hits ${(r.hitRate * 100).toFixed(0)}% at load ${loads[2]}`, r.rps >= 4000 && r.p99 <= 20);
    }
    if (n >= 1_000_000 && exp) target(`static export <= 120 s, ${kind}, ${n}`, `${exportS.toFixed(1)} s at load ${loads[1]}`, exportS <= 120);
    if (schema) {
      const c = await openDb({ dataDir, databaseUrl: PG });
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.close();
    }
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  }
  rmSync(file, { force: true });
}
rmSync(tmp, { recursive: true, force: true });
const head = ['database', 'records', 'import (wall)', 'import CPU per record (importer + db)', 'importer peak RSS', 'static export', 'buckets rendered', 'bucket storage (credit table)', 'lookups cold', 'lookups realistic (Zipf, warmed)', 'lookups hot (1,000 lists)', 'non-2xx', 'load avg (import / export / lookup)'];
const table = (h: string[], rs: string[][]) => {
  const widths = h.map((x, i) => Math.max(x.length, ...rs.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log([fmt(h), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rs.map(fmt)].join('\n'));
};
const os = await import('node:os');
console.log(`\nscale bench: ${os.cpus().length} cores (shared: load avg now ${load()}), loopback, autocannon 10 connections, ${DURATION} s per lookup run after a warm-up of ${WARMUP} realistic requests, extension-shaped 4-hex prefix lists`);
table(head, rows);
console.log('\ntargets (issue 22):');
table(['target', 'measured', 'status'], targets);

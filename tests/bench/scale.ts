/**
 * `npm run bench:scale` (issue 22): for each size in LG_SCALE_SIZES (default 100000) and each
 * database in LG_SCALE_DBS (default: embedded PGlite, plus PostgreSQL when DATABASE_URL is set,
 * e.g. through scripts/with-postgres.sh), on a fresh database: generate the dataset, stream-import
 * it in a child (wall rate, records per CPU-second of the importer and of the PostgreSQL cluster,
 * peak RSS), export it as static files (time), then load GET /v1/credit/<5 hex> (scale-lookup.ts:
 * random prefixes, mostly cache misses, and 1,000 popular ones, cache hits) with req/s, p99 and req
 * per CPU-second. The machine may be shared: every phase prints its 1-minute load average, and the
 * per-CPU-second figures are what carries over to a dedicated machine. Prints a table and TARGET
 * lines (issue 22: import >= 50k/s on PostgreSQL with RSS <= 300 MB, lookups >= 4k req/s with
 * p99 <= 20 ms, static export of 1e6 in <= 120 s). Not part of `npm run bench` (minutes per size);
 * LG_BENCH_SECONDS sets each lookup run (default 5).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDb } from '../../server/src/db/open';
import { writeGenerated } from '../../server/src/credit-generate';
import { exportStatic } from '../../server/src/static-export';
import { generateKeyPair, publicKeyOf } from '../../lib/bundle/signature';
import { postmasterPid } from './pg-cpu';
import { measureLookups, type LookupRun } from './scale-lookup';

const SIZES = (process.env.LG_SCALE_SIZES ?? '100000').split(',').map(Number);
const DURATION = Number(process.env.LG_BENCH_SECONDS ?? 5);
const PG = process.env.DATABASE_URL || '';
/** LG_SCALE_EXPORT_MAX: no static export above this many records (10^7 writes 65,536 bucket files) */
const EXPORT_MAX = Number(process.env.LG_SCALE_EXPORT_MAX ?? Infinity);
const DBS = (process.env.LG_SCALE_DBS ?? (PG ? 'pglite,postgres' : 'pglite')).split(',');
if (DBS.includes('postgres') && !PG) throw new Error('LG_SCALE_DBS names postgres but DATABASE_URL is not set');
const tmp = mkdtempSync(join(process.env.LG_SCALE_TMP ?? tmpdir(), 'lg-scale-'));
const rows: string[][] = [];
const targets: string[] = [];
/** the machine is shared: every figure is printed with the 1-minute load average when its phase began */
const load = () => loadavg()[0]!.toFixed(1);
const k = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)}k` : x.toFixed(0));
const perCpu = (n: number, cpu: number | null) => (cpu ? k(n / cpu) : '-');

/** The import runs in a child of its own (scale-import.ts), so its peak RSS is the importer's alone. */
async function importInChild(dataDir: string, file: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/scale-import.ts', dataDir, file], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`import child exited with ${code}`);
  return JSON.parse(out.trim().split('\n').pop()!) as { imported: number; seconds: number; cpuS: number; dbCpuS: number | null; maxRssMB: number };
}

const lookupCell = (l: LookupRun) => `${k(l.rps)}/s p99 ${l.p99} ms, ${perCpu(l.requests, l.serverCpuS)}/srv-CPU-s${l.dbCpuS != null ? ` ${perCpu(l.requests, l.dbCpuS)}/db-CPU-s` : ''}`;

for (const n of SIZES) {
  const file = join(tmp, `credit-${n}.csv`);
  const g0 = Date.now();
  await writeGenerated(file, n, 22);
  console.log(`generated ${n} records in ${((Date.now() - g0) / 1000).toFixed(1)} s`);
  for (const kind of DBS) {
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
    await db.close(); // PGlite: one process per data folder, and the server child opens it next
    loads.push(load());
    const l = await measureLookups(dataDir, childEnv, postmaster, DURATION);
    rows.push([
      kind, String(n), `${k(rate)}/s (${imp.seconds.toFixed(0)} s)`,
      `${perCpu(imp.imported, cpuTotal)}/CPU-s (importer ${imp.cpuS.toFixed(1)} s${imp.dbCpuS != null ? `, db ${imp.dbCpuS.toFixed(1)} s` : ''})`,
      `${imp.maxRssMB.toFixed(0)} MB`, exp ? `${exportS.toFixed(1)} s (${exp.files} files)` : 'not run',
      lookupCell(l.random), lookupCell(l.popular), String(l.random.non2xx + l.popular.non2xx), loads.join(' / '),
    ]);
    if (kind === 'postgres') {
      targets.push(`${rate >= 50_000 ? 'TARGET MET' : 'TARGET MISSED'}: import >= 50,000 records/s on PostgreSQL at ${n} (${rate.toFixed(0)}/s wall at load ${loads[0]}; ${perCpu(imp.imported, cpuTotal)} records per CPU-second, importer and database together)`);
      targets.push(`${imp.maxRssMB <= 300 ? 'TARGET MET' : 'TARGET MISSED'}: importer RSS <= 300 MB at ${n} (${imp.maxRssMB.toFixed(0)} MB)`);
    }
    for (const [name, r] of [['random', l.random], ['popular', l.popular]] as const) {
      targets.push(`${r.rps >= 4000 && r.p99 <= 20 ? 'TARGET MET' : 'TARGET MISSED'}: ${kind} ${name}-prefix lookups >= 4k req/s, p99 <= 20 ms at ${n} (${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms at load ${loads[2]}; ${perCpu(r.requests, r.serverCpuS)} req per server CPU-second)`);
    }
    if (n >= 1_000_000 && exp) targets.push(`${exportS <= 120 ? 'TARGET MET' : 'TARGET MISSED'}: static export of ${n} on ${kind} <= 120 s (${exportS.toFixed(1)} s at load ${loads[1]})`);
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
const head = ['database', 'records', 'import (wall)', 'import per CPU-second', 'importer peak RSS', 'static export', 'lookups, random prefixes (misses)', 'lookups, 1,000 popular prefixes (hits)', 'non-2xx', 'load avg (import / export / lookup)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const fmt = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\nscale bench: ${(await import('node:os')).cpus().length} cores, loopback, autocannon 10 connections, ${DURATION} s per lookup run, 5-hex prefixes`);
console.log(fmt(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(fmt(r));
for (const t of targets) console.log(t);

/**
 * `npm run bench:scale` (issue 22): for each size in LG_SCALE_SIZES (default 100000) and each
 * database (embedded PGlite always; PostgreSQL when DATABASE_URL is set, e.g. through
 * scripts/with-postgres.sh), on a fresh database: generate the dataset, stream-import it (rate and
 * the importer's peak RSS), export it as static files (time), then load GET /v1/credit/<5 hex> with
 * random prefixes from autocannon against the server in a child process (req/s, p99). Prints a
 * table and TARGET lines (issue 22's targets: import >= 50k/s on PostgreSQL with RSS <= 300 MB,
 * lookups >= 4k req/s with p99 <= 20 ms, static export of 1e6 in <= 120 s). Not part of
 * `npm run bench` (minutes per size); LG_BENCH_SECONDS sets the load duration (default 5).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { openDb } from '../../server/src/db/open';
import { writeGenerated } from '../../server/src/credit-generate';
import { exportStatic } from '../../server/src/static-export';
import { generateKeyPair, publicKeyOf } from '../../lib/bundle/signature';

const SIZES = (process.env.LG_SCALE_SIZES ?? '100000').split(',').map(Number);
const DURATION = Number(process.env.LG_BENCH_SECONDS ?? 5);
const PG = process.env.DATABASE_URL || '';
const tmp = mkdtempSync(join(tmpdir(), 'lg-scale-'));
const rows: string[][] = [];
const targets: string[] = [];
/** the machine is shared: every figure is printed with the 1-minute load average when its phase began */
const load = () => loadavg()[0]!.toFixed(1);

async function lookups(dataDir: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/scale-server.ts', dataDir], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  try {
    const { url } = JSON.parse(await new Promise<string>((r) => createInterface({ input: child.stdout! }).once('line', r))) as { url: string };
    const hex = () => randomBytes(3).toString('hex').slice(0, 5);
    const run = (duration: number) =>
      autocannon({ url, connections: 10, duration, requests: [{ setupRequest: (req) => ({ ...req, path: `/v1/credit/${hex()}` }) }] });
    await run(2); // warm-up
    const r = await run(DURATION);
    return { rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx };
  } finally {
    child.kill();
  }
}

/** The import runs in a child of its own (scale-import.ts), so its peak RSS is the importer's alone. */
async function importInChild(dataDir: string, file: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/scale-import.ts', dataDir, file], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`import child exited with ${code}`);
  return JSON.parse(out.trim().split('\n').pop()!) as { imported: number; seconds: number; maxRssMB: number };
}

for (const n of SIZES) {
  const file = join(tmp, `credit-${n}.csv`);
  const g0 = Date.now();
  await writeGenerated(file, n, 22);
  console.log(`generated ${n} records in ${((Date.now() - g0) / 1000).toFixed(1)} s`);
  for (const kind of PG ? ['pglite', 'postgres'] : ['pglite']) {
    const dataDir = join(tmp, `db-${kind}-${n}`);
    const schema = kind === 'postgres' ? `lgscale_${n}_${randomBytes(3).toString('hex')}` : '';
    const loads = [load()];
    // the PGlite children must not inherit DATABASE_URL (they would use PostgreSQL's public schema)
    const childEnv: Record<string, string> = schema ? { LG_SCALE_SCHEMA: schema } : { DATABASE_URL: '' };
    const imp = await importInChild(dataDir, file, childEnv);
    const res = { imported: imp.imported };
    const importS = imp.seconds;
    const peak = imp.maxRssMB * 1e6;
    const db = await openDb({ dataDir, databaseUrl: kind === 'postgres' ? PG : undefined, schema: schema || undefined });
    const priv = (await generateKeyPair()).privateKey;
    loads.push(load());
    const e0 = Date.now();
    const exp = await exportStatic(db, { privateKey: priv, publicKey: await publicKeyOf(priv), source: 'bench' }, join(tmp, `static-${kind}-${n}`));
    const exportS = (Date.now() - e0) / 1000;
    await db.close();
    loads.push(load());
    const l = await lookups(dataDir, childEnv);
    const rate = res.imported / importS;
    rows.push([kind, String(n), `${rate.toFixed(0)}/s`, `${importS.toFixed(1)} s`, `${(peak / 1e6).toFixed(0)} MB`, `${exportS.toFixed(1)} s (${exp.files} files)`, `${l.rps.toFixed(0)}`, `${l.p99} ms`, String(l.non2xx), loads.join(' / ')]);
    if (kind === 'postgres') targets.push(`${rate >= 50_000 ? 'TARGET MET' : 'TARGET MISSED'}: import >= 50,000 records/s on PostgreSQL at ${n} (${rate.toFixed(0)}/s)`);
    if (kind === 'postgres') targets.push(`${peak <= 300e6 ? 'TARGET MET' : 'TARGET MISSED'}: importer RSS <= 300 MB at ${n} (${(peak / 1e6).toFixed(0)} MB)`);
    targets.push(`${l.rps >= 4000 && l.p99 <= 20 ? 'TARGET MET' : 'TARGET MISSED'}: ${kind} lookups >= 4k req/s, p99 <= 20 ms at ${n} (${l.rps.toFixed(0)} req/s, p99 ${l.p99} ms)`);
    if (n >= 1_000_000) targets.push(`${exportS <= 120 ? 'TARGET MET' : 'TARGET MISSED'}: static export of ${n} on ${kind} <= 120 s (${exportS.toFixed(1)} s)`);
    if (schema) {
      const c = await openDb({ dataDir, databaseUrl: PG });
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.close();
    }
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  }
}
rmSync(tmp, { recursive: true, force: true });
const head = ['database', 'records', 'import rate', 'import time', 'importer peak RSS', 'static export', 'lookup req/s', 'lookup p99', 'non-2xx', 'load avg (import / export / lookup)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const fmt = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\nscale bench: 2-core machine, loopback, 10 connections, ${DURATION} s per lookup run, random 5-hex prefixes`);
console.log(fmt(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(fmt(r));
for (const t of targets) console.log(t);

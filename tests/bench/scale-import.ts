/**
 * Child process for scale.ts: one streamed import on its own, so its time and peak RSS are the
 * importer's alone (not the bench's or another database's). argv: dataDir file; DATABASE_URL and
 * LG_SCALE_SCHEMA for PostgreSQL. Prints {imported, rejected, seconds, cpuS, dbCpuS, maxRssMB}:
 * the importer's CPU (process.cpuUsage) and, on a local PostgreSQL, the cluster's CPU (pg-cpu.ts).
 */
import { openDb } from '../../server/src/db/open';
import { streamImportCredit } from '../../server/src/credit-stream-import';
import { clusterCpu, postmasterPid } from './pg-cpu';

const [dataDir, file] = process.argv.slice(2) as [string, string];
const db = await openDb({ dataDir, databaseUrl: process.env.DATABASE_URL || undefined, schema: process.env.LG_SCALE_SCHEMA || undefined });
const pm = db.kind === 'postgres' ? await postmasterPid(db) : null;
const db0 = clusterCpu(pm);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const r = await streamImportCredit(db, file, { format: 'csv' });
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const db1 = clusterCpu(pm);
await db.close();
// resourceUsage().maxRSS: the process's peak resident set in KB, the database's memory included for PGlite
console.log(JSON.stringify({
  imported: r.imported, rejected: r.rejected, seconds, cpuS: (cpu.user + cpu.system) / 1e6,
  dbCpuS: db0 != null && db1 != null ? db1 - db0 : null, maxRssMB: process.resourceUsage().maxRSS / 1024,
}));

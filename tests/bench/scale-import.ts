/**
 * Child process for scale.ts: one streamed import on its own, so its time and peak RSS are the
 * importer's alone (not the bench's or another database's). argv: dataDir file; DATABASE_URL and
 * LG_SCALE_SCHEMA for PostgreSQL. Prints {imported, rejected, seconds, maxRssMB}.
 */
import { openDb } from '../../server/src/db/open';
import { streamImportCredit } from '../../server/src/credit-stream-import';

const [dataDir, file] = process.argv.slice(2) as [string, string];
const db = await openDb({ dataDir, databaseUrl: process.env.DATABASE_URL || undefined, schema: process.env.LG_SCALE_SCHEMA || undefined });
const t0 = performance.now();
const r = await streamImportCredit(db, file, { format: 'csv' });
const seconds = (performance.now() - t0) / 1000;
await db.close();
// resourceUsage().maxRSS: the process's peak resident set in KB, the database's memory included for PGlite
console.log(JSON.stringify({ imported: r.imported, rejected: r.rejected, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }));

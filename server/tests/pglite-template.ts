/**
 * One fresh PGlite data directory (just after initdb) for the whole test run, saved once in the temp
 * folder and loaded by every in-memory test server (issue 13: each server test file ran PGlite's
 * initdb, seconds on an idle machine and 15–45 s at CI's load; loading the saved copy skips it).
 * The migrations still run on every copy (db/open.ts), so each server's database is what a fresh
 * install gets. The file name holds a hash of PGlite's version and of the settings below, so a new
 * engine or setting makes a new one. Written under a temporary name and renamed, so a second worker
 * never reads half a file.
 *
 * Two settings differ from a default install, both for start-up cost only (issue 13, measured with
 * process.cpuUsage over four starts from the template: ~1.5 s → ~0.7 s of CPU per server, ~30
 * servers per unit run): PostgreSQL sizes and clears its shared buffers at every start, and 128 MB
 * of them is most of a start's work in WASM, while the test databases hold a few MB; and a 1 MB
 * WAL segment instead of 16 MB makes the copied data directory 30 MB instead of 40 MB. Neither
 * changes what a query answers.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const INITDB_ARGS = ['--wal-segsize=1'];
const SETTINGS = ["ALTER SYSTEM SET shared_buffers = '16MB'"];

function templatePath(): string {
  // PGlite's package.json is not in its exports map: find it next to the resolved entry point
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const pkg = join(dirname(entry), '..', 'package.json');
  const engine = existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : entry;
  const hash = createHash('sha256').update(JSON.stringify([engine, INITDB_ARGS, SETTINGS])).digest('hex').slice(0, 16);
  return join(tmpdir(), `liveguard-pglite-initdb-${hash}.tar`);
}

/** initdb with the settings above, dumped as a tar (uncompressed), not migrated (see above). */
async function dumpFresh(): Promise<Blob> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create('memory://', { initDbStartParams: INITDB_ARGS });
  try {
    for (const sql of SETTINGS) await pg.exec(sql);
    return await pg.dumpDataDir('none');
  } finally {
    await pg.close();
  }
}

async function loadOrMake(): Promise<Blob> {
  const path = templatePath();
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const blob = await dumpFresh();
  const part = `${path}.${randomBytes(4).toString('hex')}.part`;
  writeFileSync(part, Buffer.from(await blob.arrayBuffer()));
  renameSync(part, path);
  return blob;
}

let template: Promise<Blob> | undefined;
/** The saved fresh data directory (made on first use in this run, or by an earlier run with the same PGlite). */
export const pgliteTemplate = (): Promise<Blob> => (template ??= loadOrMake());

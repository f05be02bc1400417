/**
 * One fresh PGlite data directory (just after initdb) for the whole test run, saved once in the temp
 * folder and loaded by every in-memory test server (issue 13: each server test file ran PGlite's
 * initdb, seconds on an idle machine and 15–45 s at CI's load; loading the saved copy skips it).
 * The migrations still run on every copy (db/open.ts), so each server's database is what a fresh
 * install gets. The file name holds a hash of PGlite's version, so a new engine makes a new one.
 * Written under a temporary name and renamed, so a second worker never reads half a file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dumpFreshPglite } from '../src/db/open';

function templatePath(): string {
  // PGlite's package.json is not in its exports map: find it next to the resolved entry point
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const pkg = join(dirname(entry), '..', 'package.json');
  const engine = existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : entry;
  const hash = createHash('sha256').update(engine).digest('hex').slice(0, 16);
  return join(tmpdir(), `liveguard-pglite-initdb-${hash}.tar`);
}

async function loadOrMake(): Promise<Blob> {
  const path = templatePath();
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const blob = await dumpFreshPglite();
  const part = `${path}.${randomBytes(4).toString('hex')}.part`;
  writeFileSync(part, Buffer.from(await blob.arrayBuffer()));
  renameSync(part, path);
  return blob;
}

let template: Promise<Blob> | undefined;
/** The saved fresh data directory (made on first use in this run, or by an earlier run with the same PGlite). */
export const pgliteTemplate = (): Promise<Blob> => (template ??= loadOrMake());

// Issue 22: `npm run admin -- render-buckets`, run as the real CLI on a real data folder after a
// load: every non-empty 4-hex bucket stored once, each equal to the row path's answer and valid
// for lookups (served as stored, not rendered again).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDb } from '../src/db/open';
import { generateCredit } from '../src/credit-generate';
import { creditHash, importCredit, lookupPrefixes } from '../src/store/credit';
import { addBlacklist } from '../src/store/blacklist';
import { bucketEntriesJson } from '../src/store/credit-buckets';
import { pgliteTemplate } from './pglite-template';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'lg-render-'));
// PostgreSQL (the CI lane's DATABASE_URL): a throwaway database of its own, since the CLI takes no
// schema; otherwise PGlite in `dir` (DATABASE_URL cleared: one folder is the whole database)
const pgUrl = process.env.DATABASE_URL || '';
const dbName = `lg_render_${randomBytes(4).toString('hex')}`;
const url = pgUrl ? Object.assign(new URL(pgUrl), { pathname: `/${dbName}` }).href : '';
const env = { ...process.env, LIVEGUARD_DATA_DIR: dir, DATABASE_URL: url };
async function admin(sql: string) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}
beforeAll(async () => {
  if (url) await admin(`CREATE DATABASE ${dbName}`);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (url) await admin(`DROP DATABASE IF EXISTS ${dbName}`);
});

describe('admin CLI: render-buckets', () => {
  it('stores every non-empty bucket, each equal to the row path and served as stored', async () => {
    const recs = [...generateCredit(1500, 9)];
    // PGlite from the run's saved fresh data directory: no initdb (seconds to tens of seconds under load)
    let db = await openDb(url ? { dataDir: dir, databaseUrl: url } : { dataDir: dir, pgliteTemplate: await pgliteTemplate() });
    await importCredit(db, recs);
    // a blacklist-only host: its bucket must hold it too
    const listed = { site: 'douyin' as const, accountId: 'lg-render-listed', reason: '刷单 "quoted" \\', source: 'test', since: '2026-12-07' };
    await addBlacklist(db, listed);
    await db.close(); // PGlite: one process per data folder

    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', 'render-buckets'], { env });
    const n = Number(/rendered (\d+) credit buckets/.exec(stdout)?.[1]);

    db = await openDb({ dataDir: dir, databaseUrl: url || undefined });
    try {
      const prefixes = new Set([...recs.map((r) => creditHash(r).slice(0, 4)), creditHash(listed).slice(0, 4)]);
      expect(n).toBe(prefixes.size);
      const stored = await db.query<{ prefix: string; generation: string; body: string }>('SELECT prefix, generation::text AS generation, body FROM credit_bucket ORDER BY prefix');
      expect(stored.map((r) => r.prefix)).toEqual([...prefixes].sort());
      const [{ n: now }] = await db.query<{ n: string }>('SELECT n::text AS n FROM lookup_generation WHERE id = 1');
      // every 10th bucket and the blacklisted host's: equal to the row path, and answered from the store as it is
      const sample = stored.filter((r, i) => i % 10 === 0 || r.prefix === creditHash(listed).slice(0, 4));
      for (const r of sample) {
        expect(`[${r.body}]`).toBe(JSON.stringify(await lookupPrefixes(db, [r.prefix])));
        expect(await bucketEntriesJson(db, [r.prefix])).toBe(`[${r.body}]`);
      }
      expect((await db.query<{ g: string }>('SELECT DISTINCT generation::text AS g FROM credit_bucket')).map((r) => r.g)).toEqual([now]);
    } finally {
      await db.close();
    }
  }, 180_000);
});

/**
 * Opens the database: PostgreSQL (`pg`) when a URL is given (DATABASE_URL), otherwise the embedded
 * PGlite in a data folder (zero set-up), or in memory when dataDir is 'memory://'.
 */
import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, Row } from './types';
import { migrate } from './migrations';

function wrapPglite(pg: PGlite): Db {
  const wrap = (q: { query: typeof pg.query }): Queryable => ({
    async query<T extends Row>(sql: string, params?: unknown[]) {
      return (await q.query<T>(sql, params as unknown[])).rows;
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    tx: (fn) => pg.transaction((t) => fn(wrap(t as never))),
    close: () => pg.close(),
  };
}

async function openPglite(dataDir: string, template?: Blob): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  // a template skips initdb, most of PGlite's start-up (tests: seconds per server, tens under CI's load)
  return wrapPglite(await PGlite.create(dataDir, template ? { loadDataDir: template } : {}));
}

/**
 * A new in-memory PGlite's data directory right after initdb, as a tar (uncompressed): a template for
 * openDb. Not migrated: the migrations still run on every copy, as on any fresh database (one of them
 * records the database's creation as a reset, which a copy must not inherit).
 */
export async function dumpFreshPglite(): Promise<Blob> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create('memory://');
  try {
    return await pg.dumpDataDir('none');
  } finally {
    await pg.close();
  }
}

async function openPostgres(url: string, schema?: string): Promise<Db> {
  const { default: pg } = await import('pg');
  if (schema) {
    // tests: one throwaway schema per server so suites never see each other's rows
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error('bad schema name');
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await c.end();
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    // names the connections in pg_stat_activity (tests: the schema, so a chaos test can cut exactly its own)
    application_name: schema ?? 'liveguard-api',
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client whose connection dies (server restart, pg_terminate_backend) makes the pool emit
  // 'error'; unhandled, that event kills the process. The pool drops the client and opens a new
  // one for the next query, so logging is all that is needed.
  pool.on('error', (e) => console.warn(`[liveguard-api] idle PostgreSQL connection lost: ${e.message}`));
  // a named statement is prepared once per pooled connection and then only bound and executed (issue 22: about a fifth less database CPU per cache-miss lookup, measured)
  const query = async <T extends Row>(sql: string, params?: unknown[], name?: string) =>
    (await pool.query(name ? { name, text: sql, values: params } : { text: sql, values: params })).rows as T[];
  return {
    kind: 'postgres',
    query,
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn({
          query: async <T extends Row>(s: string, p?: unknown[], name?: string) => (await client.query(name ? { name, text: s, values: p } : { text: s, values: p })).rows as T[],
          // COPY streams rows in PostgreSQL's text format: no statement size or parameter limits (issue 22)
          copyFrom: async (sql, lines) => pipeline(Readable.from(lines), client.query(copyFrom(sql))),
        });
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * `pgliteTemplate`: a fresh data directory saved with `dumpFreshPglite` (the tests make one per run:
 * server/tests/pglite-template.ts); the new database starts as its copy, then migrates as usual.
 */
export async function openDb(opts: { dataDir: string; databaseUrl?: string; schema?: string; pgliteTemplate?: Blob }): Promise<Db> {
  const db = opts.databaseUrl ? await openPostgres(opts.databaseUrl, opts.schema) : await openPglite(opts.dataDir, opts.pgliteTemplate);
  await migrate(db);
  return db;
}

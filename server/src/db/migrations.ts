/**
 * One schema and one set of migrations for both databases (embedded PGlite and PostgreSQL).
 * Append only: a shipped migration is never edited. Hash columns use COLLATE "C" so prefix range
 * scans (hash >= p AND hash < p||'g') use the btree index identically everywhere.
 */
import type { Db } from './types';

/**
 * The credit hash index (migration 5; store/credit-bulk.ts drops it for a bulk load and builds it
 * again with this statement): every column a lookup or the static export reads is INCLUDEd, so both
 * are index-only scans. Changing it needs a new migration, not an edit here.
 */
export const CREDIT_HASH_INDEX =
  'CREATE INDEX IF NOT EXISTS credit_hash ON credit (hash) INCLUDE (site, level, complaints, platform_penalties, regulator_notices, updated_at)';

/**
 * A write statement touching more rows than this stales every credit bucket at once (migration 7's
 * epoch) instead of stamping each touched bucket: a bulk batch touches most buckets anyway.
 * Written into migration 7's trigger: changing it needs a new migration.
 */
export const STALE_ALL_ROWS = 1024;

/** `sql`: statements separated by `;` at a line end, or a list of statements taken as they are */
export const MIGRATIONS: Array<{ id: number; name: string; sql: string | string[] }> = [
  {
    id: 1,
    name: 'initial',
    sql: `
CREATE TABLE bundle_versions (
  version INTEGER PRIMARY KEY,
  issued_at TEXT NOT NULL,
  core TEXT NOT NULL,          -- JSON of {settings, vocabulary, sites}
  core_hash TEXT NOT NULL
);
CREATE TABLE blacklist (
  id SERIAL PRIMARY KEY,
  site TEXT NOT NULL,
  account_id TEXT NOT NULL,
  hash TEXT COLLATE "C" NOT NULL,
  display_name TEXT,
  reason TEXT NOT NULL,
  source TEXT NOT NULL,
  since TEXT NOT NULL,
  created_at TEXT NOT NULL,
  removed_at TEXT,
  added_version INTEGER,       -- NULL until the next publish
  removed_version INTEGER      -- NULL while live (or removal not yet published)
);
CREATE UNIQUE INDEX blacklist_live ON blacklist (site, account_id) WHERE removed_at IS NULL;
CREATE INDEX blacklist_hash ON blacklist (hash);
CREATE INDEX blacklist_added ON blacklist (added_version);
CREATE INDEX blacklist_removed ON blacklist (removed_version);
CREATE TABLE credit (
  site TEXT NOT NULL,
  account_id TEXT NOT NULL,
  hash TEXT COLLATE "C" NOT NULL,
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  complaints INTEGER NOT NULL,
  platform_penalties INTEGER NOT NULL,
  regulator_notices INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (site, account_id)
);
CREATE INDEX credit_hash ON credit (hash);
CREATE TABLE reports (
  id SERIAL PRIMARY KEY,
  received_at TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE TABLE admin_tokens (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
`,
  },
  {
    id: 2,
    name: 'bundle content hash',
    // content hash of each version's full bundle (lib/bundle/content-hash), filled on first use
    sql: `ALTER TABLE bundle_versions ADD COLUMN bundle_hash TEXT`,
  },
  {
    id: 3,
    name: 'signed resets',
    // A fresh database IS a reset (lib/api/reset.ts): clients holding a bundle issued before now may
    // take this server's lower-numbered bundles. On an upgraded database the row is harmless: every
    // lower-numbered bundle there was issued before it.
    sql: `
CREATE TABLE bundle_resets (
  id SERIAL PRIMARY KEY,
  reset_at TEXT NOT NULL
);
INSERT INTO bundle_resets (reset_at) VALUES (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
`,
  },
  {
    id: 4,
    name: 'lookup generation',
    // Issue 22: every instance caches credit lookups in memory, keyed by this number. A statement
    // trigger bumps it in the same transaction as ANY write to credit or blacklist (COPY, imports,
    // the admin API, psql alike), so an instance that reads it sees new data exactly when it is
    // committed, and nothing shared lives in one instance's memory. Statement-level: one UPDATE
    // per import batch, not per row.
    sql: `
CREATE TABLE lookup_generation (id INTEGER PRIMARY KEY CHECK (id = 1), n BIGINT NOT NULL);
INSERT INTO lookup_generation (id, n) VALUES (1, 1);
CREATE FUNCTION bump_lookup_generation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE lookup_generation SET n = n + 1 WHERE id = 1; RETURN NULL; END $$;
CREATE TRIGGER credit_lookup_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON credit FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_generation();
CREATE TRIGGER blacklist_lookup_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON blacklist FOR EACH STATEMENT EXECUTE FUNCTION bump_lookup_generation()
`,
  },
  {
    id: 5,
    name: 'covering credit hash index',
    // Issue 22: a prefix range read from the index alone (index-only scan), not one heap page per
    // row: a 4-hex lookup at 10^6 read 15 buffers → 5, a 20k-row export page 20,233 → 369 (2.3 s →
    // 0.16 s, EXPLAIN ANALYZE at load 20). At 10^7 a bucket's ~150 rows lie on ~150 heap pages
    // but on 3-4 leaf pages. Costs about 1.6x the index's size. The visibility map must be set
    // for the heap to be skipped: autovacuum on a live table, VACUUM at the end of a bulk load.
    sql: `
DROP INDEX IF EXISTS credit_hash;
${CREDIT_HASH_INDEX}
`,
  },
  {
    id: 6,
    name: 'pre-rendered credit buckets',
    // Issue 22: each 4-hex prefix's answer as JSON text, rendered by the database and read back by
    // primary key (store/credit-buckets.ts), valid only under the lookup generation it was read
    // at. Derived data: emptying it loses nothing. Plain storage: bodies are read far more often
    // than written, so no decompression per read.
    sql: `
CREATE TABLE credit_bucket (prefix TEXT COLLATE "C" PRIMARY KEY, generation BIGINT NOT NULL, body TEXT NOT NULL);
ALTER TABLE credit_bucket ALTER COLUMN body SET STORAGE EXTERNAL
`,
  },
  {
    id: 7,
    name: 'per-bucket lookup generations',
    // Issue 22: one write stales only the 4-hex buckets it touched, not all 65,536. The trigger of
    // migration 4 is replaced by one that still bumps lookup_generation.n (the order of writes: one
    // row, locked to commit, so n grows in commit order) and then stamps the new n on every touched
    // bucket (credit_bucket_version, from the statement's transition tables: the hashes of the rows
    // before and after). A statement of more than STALE_ALL_ROWS rows (a bulk batch: 20k rows touch
    // ~17k buckets at 10^7) or a TRUNCATE instead sets epoch = n: every bucket is stale, one UPDATE
    // instead of thousands. A stored bucket rendered at generation g is valid while g >= epoch and
    // no touched bucket's stamp exceeds g (store/credit-buckets.ts). epoch = n here: every bucket
    // stored before this migration is stale. Instance caches evict by the same stamps
    // (credit-cache.ts). Three triggers per table: a trigger with transition tables has one event.
    // statements one by one: the function body holds semicolons
    sql: [
      `CREATE TABLE credit_bucket_version (prefix TEXT COLLATE "C" PRIMARY KEY, n BIGINT NOT NULL)`,
      `CREATE INDEX credit_bucket_version_n ON credit_bucket_version (n)`,
      `ALTER TABLE lookup_generation ADD COLUMN epoch BIGINT NOT NULL DEFAULT 0`,
      `UPDATE lookup_generation SET n = n + 1, epoch = n + 1 WHERE id = 1`,
      `DROP TRIGGER credit_lookup_generation ON credit`,
      `DROP TRIGGER blacklist_lookup_generation ON blacklist`,
      `DROP FUNCTION bump_lookup_generation()`,
      `CREATE FUNCTION stale_credit_buckets() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  g BIGINT;
  rows_touched INTEGER;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE lookup_generation SET n = n + 1, epoch = n + 1 WHERE id = 1;
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT count(*) INTO rows_touched FROM (SELECT 1 FROM new_rows LIMIT ${STALE_ALL_ROWS + 1}) x;
  ELSE
    SELECT count(*) INTO rows_touched FROM (SELECT 1 FROM old_rows LIMIT ${STALE_ALL_ROWS + 1}) x;
  END IF;
  IF rows_touched = 0 THEN RETURN NULL; END IF;
  UPDATE lookup_generation SET n = n + 1 WHERE id = 1 RETURNING n INTO g;
  IF rows_touched > ${STALE_ALL_ROWS} THEN
    UPDATE lookup_generation SET epoch = g WHERE id = 1;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO credit_bucket_version (prefix, n) SELECT DISTINCT left(hash, 4), g FROM new_rows
      ON CONFLICT (prefix) DO UPDATE SET n = EXCLUDED.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO credit_bucket_version (prefix, n) SELECT DISTINCT left(hash, 4), g FROM old_rows
      ON CONFLICT (prefix) DO UPDATE SET n = EXCLUDED.n;
  ELSE
    INSERT INTO credit_bucket_version (prefix, n)
      SELECT DISTINCT p, g FROM (SELECT left(hash, 4) AS p FROM old_rows UNION ALL SELECT left(hash, 4) FROM new_rows) t
      ON CONFLICT (prefix) DO UPDATE SET n = EXCLUDED.n;
  END IF;
  RETURN NULL;
END $$`,
      `CREATE TRIGGER credit_buckets_insert AFTER INSERT ON credit REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stale_credit_buckets()`,
      `CREATE TRIGGER credit_buckets_update AFTER UPDATE ON credit REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stale_credit_buckets()`,
      `CREATE TRIGGER credit_buckets_delete AFTER DELETE ON credit REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stale_credit_buckets()`,
      `CREATE TRIGGER credit_buckets_truncate AFTER TRUNCATE ON credit FOR EACH STATEMENT EXECUTE FUNCTION stale_credit_buckets()`,
      `CREATE TRIGGER blacklist_buckets_insert AFTER INSERT ON blacklist REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stale_credit_buckets()`,
      `CREATE TRIGGER blacklist_buckets_update AFTER UPDATE ON blacklist REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stale_credit_buckets()`,
      `CREATE TRIGGER blacklist_buckets_delete AFTER DELETE ON blacklist REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stale_credit_buckets()`,
      `CREATE TRIGGER blacklist_buckets_truncate AFTER TRUNCATE ON blacklist FOR EACH STATEMENT EXECUTE FUNCTION stale_credit_buckets()`,
    ],
  },
];

export async function migrate(db: Db): Promise<number> {
  await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((await db.query<{ id: number }>('SELECT id FROM schema_migrations')).map((r) => Number(r.id)));
  let applied = 0;
  for (const m of MIGRATIONS) {
    if (done.has(m.id)) continue;
    await db.tx(async (q) => {
      const stmts = Array.isArray(m.sql) ? m.sql : m.sql.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean);
      for (const stmt of stmts) await q.query(stmt);
      await q.query('INSERT INTO schema_migrations (id, name, applied_at) VALUES ($1, $2, $3)', [m.id, m.name, new Date().toISOString()]);
    });
    applied++;
  }
  return applied;
}

/**
 * Pre-rendered credit buckets (issue 22, R-CREDIT-15): the entries of one 4-hex prefix as the JSON
 * text the API answers, rendered by PostgreSQL and kept in `credit_bucket` (migration 6) under the
 * lookup generation it was read at. A cache-miss lookup of 4-hex prefixes (what the extension
 * sends) then costs one primary-key read per prefix and no row parsing or JSON in Node: at 10^7
 * the ~150 rows of a bucket were ~2.5 ms of API CPU (node-postgres rows, merge, stringify).
 * A bucket is stored with the lookup generation its statement read (one snapshot) and served only
 * while no later write touched it (migration 7: a trigger stamps every bucket a write touches with
 * that write's generation, or, for a bulk statement, moves the epoch past every stored bucket), so a
 * write never leaves a stale bucket behind and stales only its own buckets; a stale one is
 * re-rendered by the first lookup that needs it. A concurrent write makes the stored row stale,
 * never wrong: its stamp is above the generation the render read.
 * 4-hex buckets never overlap, so a sorted list's buckets joined in order are sorted by hash, the
 * same entries and order as mergeCreditEntries (server test `credit-buckets` compares them).
 */
import type { Db, Queryable } from '../db/types';

export const isBucketList = (prefixes: readonly string[]) => prefixes.every((p) => p.length === 4);

/**
 * One merged entry `m` as JSON byte for byte as JSON.stringify writes a CreditEntry (row_to_json is
 * compact and keeps column order; json_build_object would write `"k" : v`), so the live API and the
 * static export's files stay identical (server test `static-export`). Used as FROM (…) m ENTRY_FROM.
 */
const ENTRY_FROM = `CROSS JOIN LATERAL (SELECT m.site, m.hash,
    CASE WHEN m.level IS NULL THEN NULL ELSE (SELECT row_to_json(c) FROM (SELECT m.level AS level, m.complaints AS complaints,
      m.platform_penalties AS "platformPenalties", m.regulator_notices AS "regulatorNotices", m.updated_at AS "updatedAt") c) END AS credit,
    CASE WHEN m.reason IS NULL THEN NULL ELSE (SELECT row_to_json(b) FROM (SELECT m.reason AS reason, m.source AS source, m.since AS since) b) END AS blacklist) e`;
const ENTRY_JSON = 'row_to_json(e)::text';
const ENTRY_ORDER = 'ORDER BY m.hash COLLATE "C", m.site COLLATE "C"';

/** credit and live blacklist rows under `where` (on hash), one per site:hash */
const merged = (where: string) => `SELECT coalesce(c.site, b.site) AS site, coalesce(c.hash, b.hash) AS hash, c.level, c.complaints,
    c.platform_penalties, c.regulator_notices, c.updated_at, b.reason, b.source, b.since
  FROM (SELECT site, hash, level, complaints, platform_penalties, regulator_notices, updated_at FROM credit WHERE ${where}) c
  FULL JOIN (SELECT site, hash, reason, source, since FROM blacklist WHERE ${where} AND removed_at IS NULL) b
    ON c.site = b.site AND c.hash = b.hash`;

/** Renders and stores one bucket ($1 prefix, $2 its range end), answering the body; an older render never overwrites a newer one. */
const RENDER_ONE = `WITH g AS (SELECT n FROM lookup_generation WHERE id = 1),
r AS (SELECT coalesce(string_agg(${ENTRY_JSON}, ',' ${ENTRY_ORDER}), '') AS body
  FROM (${merged('hash >= $1 AND hash < $2')}) m ${ENTRY_FROM}),
ins AS (INSERT INTO credit_bucket (prefix, generation, body) SELECT $1, g.n, r.body FROM g, r
  ON CONFLICT (prefix) DO UPDATE SET generation = EXCLUDED.generation, body = EXCLUDED.body
  WHERE credit_bucket.generation <= EXCLUDED.generation)
SELECT body FROM r`;

/** the stored buckets of $1 still valid: rendered at or after the epoch and after the last write that touched them */
const READ = `SELECT b.prefix, b.body FROM credit_bucket b
  WHERE b.prefix = ANY($1::text[]) AND b.generation >= (SELECT epoch FROM lookup_generation WHERE id = 1)
    AND NOT EXISTS (SELECT 1 FROM credit_bucket_version v WHERE v.prefix = b.prefix AND v.n > b.generation)`;

/**
 * The `entries` array's JSON for 4-hex `prefixes`: stored buckets of the current generation, the
 * rest rendered (and stored for every instance). Sorted order; empty buckets add nothing.
 */
export async function bucketEntriesJson(q: Queryable, prefixes: readonly string[]): Promise<string> {
  const sorted = [...prefixes].sort();
  const have = new Map<string, string>();
  for (const r of await q.query<{ prefix: string; body: string }>(READ, [sorted], 'credit_bucket_read')) have.set(r.prefix, r.body);
  const parts: string[] = [];
  for (const p of sorted) {
    let body = have.get(p);
    if (body === undefined) [{ body }] = await q.query<{ body: string }>(RENDER_ONE, [p, `${p}g`], 'credit_bucket_render');
    if (body) parts.push(body);
  }
  return `[${parts.join(',')}]`;
}

/**
 * Renders every non-empty bucket at once (after a bulk load: `admin render-buckets`, the scale
 * bench), one pass over the covering index instead of 65,536 lookups; empty buckets are rendered
 * lazily (an empty one costs one index probe). Returns the number of buckets written.
 * Then VACUUM (ANALYZE), so not in a transaction (a Db, not a Queryable): the render writes every
 * bucket row and, at 10^7, ~2.4 GB of TOAST in one statement. Left to itself, the first lookup of
 * each page sets its hint bits (dirtying it) and autovacuum wakes for the inserted rows and scans
 * them all while lookups run: in stop 32's 10^7 bench its worker took ~2.6 s of CPU during the cold
 * and realistic lookup runs (cold ~0.9k requests at 1.6 ms of database CPU each).
 */
export async function renderAllBuckets(db: Db): Promise<number> {
  const n = await renderAll(db);
  await db.query('VACUUM (ANALYZE) credit_bucket');
  return n;
}

async function renderAll(q: Queryable): Promise<number> {
  const rows = await q.query<{ n: string | number }>(`WITH g AS (SELECT n FROM lookup_generation WHERE id = 1),
ins AS (INSERT INTO credit_bucket (prefix, generation, body)
  SELECT left(m.hash, 4), g.n, string_agg(${ENTRY_JSON}, ',' ${ENTRY_ORDER})
  FROM (${merged('true')}) m ${ENTRY_FROM}, g GROUP BY left(m.hash, 4), g.n
  ON CONFLICT (prefix) DO UPDATE SET generation = EXCLUDED.generation, body = EXCLUDED.body
  WHERE credit_bucket.generation <= EXCLUDED.generation
  RETURNING 1)
SELECT count(*) AS n FROM ins`);
  return Number(rows[0]?.n ?? 0);
}

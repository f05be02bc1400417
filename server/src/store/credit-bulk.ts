/**
 * The bulk side of credit imports (issue 22). Where the time went (profiled at 10^6 on PostgreSQL,
 * EXPLAIN ANALYZE of one 20k batch into a 10^6-row table): the random inserts into the secondary
 * `credit_hash` index cost about three quarters of the upsert (3.1 s against 0.7 s without it), and
 * the staging table is one more write and read of every row. So:
 *  - a LOAD into an empty table (or one whose hash index an interrupted load left dropped) drops
 *    `credit_hash` first and rebuilds it once at the end, a sort instead of 10^7 random inserts;
 *  - in such a load a batch is COPYed straight into `credit`; only a batch that meets a key already
 *    there (23505) falls back, inside a savepoint, to the staging table and its upsert;
 *  - otherwise (a live table) every batch goes through the per-connection staging table and one
 *    INSERT … SELECT … ON CONFLICT, and the index is kept, so lookups stay indexed meanwhile.
 */
import type { CreditRecord } from '../../../lib/api';
import { accountKey } from '../../../lib/account-hash';
import type { Db, Queryable } from '../db/types';
import { CREDIT_HASH_INDEX } from '../db/migrations';
import { hash } from 'node:crypto';
import { upsertCreditBatch } from './credit';

/** PostgreSQL's COPY path takes bigger batches: one COPY (and at most one upsert) per batch */
export const CREDIT_COPY_BATCH = 20_000;
const COPY_CHUNK = 1000;
const COLS = 'site, account_id, hash, level, complaints, platform_penalties, regulator_notices, updated_at';
const SPECIAL = /[\\\t\n\r]/;

/** One text field in COPY's text format: backslash, tab, newline and carriage return escaped (the rare case tested first). */
const copyText = (v: string) =>
  SPECIAL.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!) : v;

/** COPY lines of de-duplicated records, keyed by accountKey (so each key is built once: it is also what is hashed) */
function* copyLines(records: Iterable<[string, CreditRecord]>): Generator<string> {
  let chunk = '';
  let n = 0;
  // chunks of COPY_CHUNK lines: one socket write per line cost more than the whole parse (profiled)
  for (const [key, r] of records) {
    // numbers are validated integers: nothing to escape; creditHash(r) is the hash of this key
    chunk += `${copyText(r.site)}\t${copyText(r.accountId)}\t${hash('sha256', key, 'hex')}\t${r.level}\t${r.complaints}\t${r.platformPenalties}\t${r.regulatorNotices}\t${copyText(r.updatedAt)}\n`;
    if (++n % COPY_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

const dedupe = (records: readonly CreditRecord[]) => {
  const byKey = new Map<string, CreditRecord>();
  for (const r of records) byKey.set(accountKey(r.site, r.accountId), r);
  return byKey;
};

type CopyQ = Queryable & Required<Pick<Queryable, 'copyFrom'>>;

/**
 * PostgreSQL: COPY the batch into this connection's temporary staging table (created once per
 * connection, emptied at every commit), then upsert from it with one INSERT … SELECT … ON CONFLICT.
 * Inside the caller's transaction, so a batch lands whole or not at all, as with upsertCreditBatch.
 * Records are already validated (zod) and de-duplicated here, so COPY never meets a bad row.
 */
export async function copyCreditBatch(q: CopyQ, records: readonly CreditRecord[]): Promise<void> {
  const byKey = dedupe(records);
  if (!byKey.size) return;
  await stageAndUpsert(q, byKey.entries());
}

async function stageAndUpsert(q: CopyQ, records: Iterable<[string, CreditRecord]>) {
  await q.query(
    `CREATE TEMP TABLE IF NOT EXISTS credit_stage (site text, account_id text, hash text, level int, complaints int,
       platform_penalties int, regulator_notices int, updated_at text) ON COMMIT DELETE ROWS`,
  );
  await q.copyFrom(`COPY credit_stage (${COLS}) FROM STDIN`, copyLines(records));
  await q.query(
    `INSERT INTO credit (${COLS}) SELECT ${COLS} FROM credit_stage
     ON CONFLICT (site, account_id) DO UPDATE SET level = EXCLUDED.level, complaints = EXCLUDED.complaints,
       platform_penalties = EXCLUDED.platform_penalties, regulator_notices = EXCLUDED.regulator_notices, updated_at = EXCLUDED.updated_at`,
  );
}

/** COPY straight into `credit`; false (and nothing written) when a key is already there. */
async function copyDirect(q: CopyQ, records: Iterable<[string, CreditRecord]>): Promise<boolean> {
  await q.query('SAVEPOINT credit_direct');
  try {
    await q.copyFrom(`COPY credit (${COLS}) FROM STDIN`, copyLines(records));
    await q.query('RELEASE SAVEPOINT credit_direct');
    return true;
  } catch (e) {
    if ((e as { code?: string }).code !== '23505') throw e;
    await q.query('ROLLBACK TO SAVEPOINT credit_direct');
    return false;
  }
}

/** A run of batches. `load` (set by beginCreditLoad) lets batches COPY straight into the table until one conflicts. */
export interface CreditLoad { load: boolean; direct: boolean }

/** One batch in one transaction: COPY on PostgreSQL, the unnest upsert on PGlite. */
export function commitCreditBatch(db: Db, records: readonly CreditRecord[], run: CreditLoad = { load: false, direct: false }): Promise<void> {
  return db.tx(async (q) => {
    if (!q.copyFrom) return upsertCreditBatch(q, records);
    const cq: CopyQ = { ...q, copyFrom: q.copyFrom };
    const byKey = dedupe(records);
    if (!byKey.size) return;
    if (run.direct && (await copyDirect(cq, byKey.entries()))) return;
    run.direct = false; // keys overlap with the table: upsert from here on
    await stageAndUpsert(cq, byKey.entries());
  });
}

/**
 * Starts a run: a load (the table empty, or its hash index missing after an interrupted load)
 * drops `credit_hash`; `keepIndexes` (a live table being served) never does. Lookups by prefix
 * scan the whole table until finishCreditLoad rebuilds it, so a server should not serve from a
 * table during its first load (cli: --keep-indexes otherwise).
 */
export async function beginCreditLoad(db: Db, opts: { keepIndexes?: boolean } = {}): Promise<CreditLoad> {
  if (opts.keepIndexes) return { load: false, direct: false };
  const [idx] = await db.query<{ r: string | null }>(`SELECT to_regclass('credit_hash')::text AS r`);
  const [any] = await db.query<{ one: number }>('SELECT 1 AS one FROM credit LIMIT 1');
  const load = !any || !idx?.r;
  if (load) await db.query('DROP INDEX IF EXISTS credit_hash');
  return { load, direct: load && db.kind === 'postgres' };
}

/**
 * Ends a run (also after a failed one): the covering hash index back (one sort), then VACUUM: it
 * sets the visibility map, without which the index-only lookups visit the heap page of every row
 * (pages already all-visible are skipped, so a small run on a big table costs little), and ANALYZE:
 * without statistics a just-filled table may be scanned instead of range-read by hash.
 */
export async function finishCreditLoad(db: Db, run: CreditLoad): Promise<void> {
  if (run.load) await db.query(CREDIT_HASH_INDEX);
  await db.query('VACUUM (ANALYZE) credit');
}

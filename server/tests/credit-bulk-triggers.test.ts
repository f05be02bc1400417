// Issue 22: a bulk batch (more than STALE_ALL_ROWS records) writes with migration 7's bucket
// triggers switched off and moves the epoch itself, so PostgreSQL builds no transition tables for
// it; the triggers are on again for everything after it, also after a failed batch, and small
// batches still stamp only their own buckets; a role that does not own the table (it may not switch
// triggers) still imports, with the triggers on. Every answer is compared with the row path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { CreditRecord } from '../../lib/api';
import type { Db } from '../src/db/types';
import { testServer } from './helpers';
import { generateCredit } from '../src/credit-generate';
import { creditHash, lookupPrefixes } from '../src/store/credit';
import { commitCreditBatch } from '../src/store/credit-bulk';
import { bucketEntriesJson, renderAllBuckets } from '../src/store/credit-buckets';
import { STALE_ALL_ROWS } from '../src/db/migrations';

let s: Awaited<ReturnType<typeof testServer>>;
const recs = [...generateCredit(2 * STALE_ALL_ROWS + 200, 31)];
const first = recs.slice(0, STALE_ALL_ROWS + 100);
const bucket = (r: CreditRecord) => creditHash(r).slice(0, 4);

const generation = async () => {
  const [r] = await s.db.query<{ n: string; epoch: string }>('SELECT n::text AS n, epoch::text AS epoch FROM lookup_generation WHERE id = 1');
  return { n: BigInt(r!.n), epoch: BigInt(r!.epoch) };
};
/** tgenabled of the bucket triggers on credit: 'O' is on */
const triggerStates = async () =>
  (await s.db.query<{ tgname: string; tgenabled: string }>(
    `SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'credit'::regclass AND tgname LIKE 'credit_buckets_%' ORDER BY tgname`,
  )).map((r) => `${r.tgname}:${r.tgenabled}`);
const ALL_ON = ['credit_buckets_delete:O', 'credit_buckets_insert:O', 'credit_buckets_truncate:O', 'credit_buckets_update:O'];
const served = async (list: string[]) => {
  const json = await bucketEntriesJson(s.db, list);
  expect(json).toBe(JSON.stringify(await lookupPrefixes(s.db, list)));
  return json;
};
const storedGen = async (p: string) =>
  (await s.db.query<{ generation: string }>('SELECT generation::text AS generation FROM credit_bucket WHERE prefix = $1', [p]))[0]?.generation;

beforeAll(async () => {
  s = await testServer();
  await commitCreditBatch(s.db, first);
  await renderAllBuckets(s.db);
}, 60_000);
afterAll(async () => s?.close());

describe('bulk batches and the bucket triggers', () => {
  it('a bulk upsert (new keys and changed ones) moves n once and the epoch with it, the triggers back on', async () => {
    const p = bucket(first[0]!);
    const before = await served([p]);
    const g0 = await generation();
    // > STALE_ALL_ROWS updates AND > STALE_ALL_ROWS inserts: with the triggers on, both the insert
    // and the update trigger would fire and move n twice
    const changed = first.map((r) => ({ ...r, complaints: r.complaints + 1 }));
    const fresh = recs.slice(first.length);
    expect(fresh.length).toBeGreaterThan(STALE_ALL_ROWS);
    await commitCreditBatch(s.db, [...changed, ...fresh]);
    const g1 = await generation();
    expect(g1.n).toBe(g0.n + 1n);
    expect(g1.epoch).toBe(g1.n);
    expect(await triggerStates()).toEqual(ALL_ON);
    // the stored body of before is stale now: re-rendered with the new complaints
    expect(await served([p])).not.toBe(before);
    expect(BigInt((await storedGen(p))!)).toBe(g1.n);
  });

  it('a failed bulk batch leaves the triggers on and the generation where it was', async () => {
    const g0 = await generation();
    const bad = recs.slice(0, STALE_ALL_ROWS + 5).map((r, i) => (i === 7 ? { ...r, level: 9 as CreditRecord['level'] } : r));
    await expect(commitCreditBatch(s.db, bad)).rejects.toThrow();
    expect(await generation()).toEqual(g0);
    expect(await triggerStates()).toEqual(ALL_ON);
  });

  it('after a bulk batch the triggers stamp single writes again; a small batch stales only its own buckets', async () => {
    const [a, b] = [recs[3]!, recs.find((r) => bucket(r) !== bucket(recs[3]!))!];
    await served([bucket(a), bucket(b)]);
    const gb = await storedGen(bucket(b));
    const g0 = await generation();
    await commitCreditBatch(s.db, [{ ...a, level: a.level === 5 ? 4 : 5 }]);
    const g1 = await generation();
    expect(g1.epoch).toBe(g0.epoch); // no epoch move for one record
    const [stamp] = await s.db.query<{ n: string }>('SELECT n::text AS n FROM credit_bucket_version WHERE prefix = $1', [bucket(a)]);
    expect(BigInt(stamp!.n)).toBe(g1.n);
    await served([bucket(a), bucket(b)]);
    expect(await storedGen(bucket(b))).toBe(gb); // untouched bucket still served from store
    expect(BigInt((await storedGen(bucket(a)))!)).toBe(g1.n);
  });

  it('a role that may write credit but does not own it imports with the triggers on', async () => {
    const role = `lg_importer_${randomBytes(4).toString('hex')}`;
    await s.db.query(`CREATE ROLE ${role}`);
    try {
      await s.db.query(`GRANT USAGE ON SCHEMA ${s.schema ?? 'public'} TO ${role}`);
      await s.db.query(`GRANT SELECT, INSERT, UPDATE ON credit, lookup_generation, credit_bucket_version TO ${role}`);
      // every batch's transaction as that role (roles are per cluster: dropped below)
      const asImporter: Db = { ...s.db, tx: (fn) => s.db.tx(async (q) => (await q.query(`SET LOCAL ROLE ${role}`), fn(q))) };
      const g0 = await generation();
      const more = [...generateCredit(STALE_ALL_ROWS + 50, 32)].map((r) => ({ ...r, accountId: `${r.accountId}-imp` }));
      // a direct COPY on PostgreSQL (no staging table of another role's), the upsert on PGlite
      await commitCreditBatch(asImporter, more, { load: true, direct: true });
      const g1 = await generation();
      expect(g1.epoch).toBeGreaterThan(g0.epoch); // moved by the trigger this time
      expect(await triggerStates()).toEqual(ALL_ON);
      const [{ n }] = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM credit WHERE account_id LIKE '%-imp'`) as [{ n: number }];
      expect(n).toBe(more.length);
    } finally {
      await s.db.query(`DROP OWNED BY ${role}`);
      await s.db.query(`DROP ROLE ${role}`);
    }
  });
});

// Issue 22, migration 7: a write stales only the 4-hex credit buckets it touched (per-bucket
// stamps from the trigger's transition tables), in the database's stored buckets and in each
// instance's lookup cache; a bulk statement or a TRUNCATE stales them all (the epoch). Every answer
// is compared with the row path (lookupPrefixes), so a stale bucket served anywhere fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './helpers';
import { generateCredit } from '../src/credit-generate';
import { creditHash, importCredit, lookupPrefixes } from '../src/store/credit';
import { addBlacklist, removeBlacklist } from '../src/store/blacklist';
import { bucketEntriesJson, renderAllBuckets } from '../src/store/credit-buckets';
import { STALE_ALL_ROWS } from '../src/db/migrations';

let s: Awaited<ReturnType<typeof testServer>>;
const recs = [...generateCredit(3000, 77)];
const bucket = (r: Parameters<typeof creditHash>[0]) => creditHash(r).slice(0, 4);
// records under pairwise different buckets, one per step below
const distinct = recs.filter((r, i) => recs.findIndex((x) => bucket(x) === bucket(r)) === i);
const [a, b, c, d, e, f] = distinct as [typeof recs[0], typeof recs[0], typeof recs[0], typeof recs[0], typeof recs[0], typeof recs[0]];

/** the generation each stored bucket was rendered at (undefined: not stored) */
const storedGen = async (p: string) =>
  (await s.db.query<{ generation: string }>('SELECT generation::text AS generation FROM credit_bucket WHERE prefix = $1', [p]))[0]?.generation;
const rowJson = async (list: string[]) => JSON.stringify(await lookupPrefixes(s.db, list));
/** the bucket path's answer, checked against the row path */
const served = async (list: string[]) => {
  const json = await bucketEntriesJson(s.db, list);
  expect(json).toBe(await rowJson(list));
  return json;
};
const api = async (p: string) => {
  const r = await fetch(`${s.url}/v1/credit/${p}`);
  expect(r.status).toBe(200);
  const text = await r.text();
  expect(text).toBe(JSON.stringify({ prefix: p, entries: JSON.parse(await rowJson([p])) }));
  return text;
};
const setLevel = (r: typeof recs[0], level: number) =>
  s.db.query('UPDATE credit SET level = $1 WHERE site = $2 AND account_id = $3', [level, r.site, r.accountId]);

beforeAll(async () => {
  s = await testServer();
  await importCredit(s.db, recs);
  await renderAllBuckets(s.db);
}, 60_000);
afterAll(async () => s?.close());

describe('per-bucket lookup generations', () => {
  it('a one-row write re-renders only its own bucket; the others stay stored as they were', async () => {
    expect(distinct.length).toBeGreaterThan(5);
    const [pa, pb] = [bucket(a), bucket(b)];
    await served([pa, pb]);
    const [ga, gb] = [await storedGen(pa), await storedGen(pb)];
    expect(ga && gb).toBeTruthy();
    await setLevel(a, a.level === 5 ? 4 : 5);
    await served([pa, pb]);
    expect(await storedGen(pb)).toBe(gb); // served from store: no re-render
    expect(BigInt((await storedGen(pa))!)).toBeGreaterThan(BigInt(ga!)); // re-rendered after the write
  });

  it('each kind of write stales its buckets: insert, update, delete, blacklist add and removal, a row moved between buckets', async () => {
    const untouched = bucket(f);
    await served([untouched]);
    const gf = await storedGen(untouched);
    const steps: Array<[string, string[], () => Promise<unknown>]> = [
      ['insert', [bucket({ site: 'douyin', accountId: 'lg-gen-new' })], () => importCredit(s.db, [{ ...b, site: 'douyin', accountId: 'lg-gen-new' }])],
      ['blacklist add', [bucket(b)], () => addBlacklist(s.db, { site: b.site, accountId: b.accountId, reason: 'added after render', source: 'test', since: '2026-12-07' })],
      ['blacklist removal', [bucket(b)], () => removeBlacklist(s.db, b.site, b.accountId)],
      ['delete', [bucket(c)], () => s.db.query('DELETE FROM credit WHERE site = $1 AND account_id = $2', [c.site, c.accountId])],
      // the old bucket loses the row, the new one gains it: both from the update's transition tables
      ['move', [bucket(d), bucket(e)], () => s.db.query('UPDATE credit SET hash = $1 WHERE site = $2 AND account_id = $3', [`${bucket(e)}${'0'.repeat(60)}`, d.site, d.accountId])],
    ];
    for (const [what, list, write] of steps) {
      const before = await served(list); // stored now
      await write();
      const after = await served(list);
      expect(after, what).not.toBe(before);
    }
    await served([untouched]);
    expect(await storedGen(untouched)).toBe(gf); // none of those writes staled it
  });

  it('a body rendered before a write is never served after it, even when stored after it', async () => {
    const p = bucket(e);
    const old = await served([p]);
    const [{ n }] = await s.db.query<{ n: string }>('SELECT n::text AS n FROM lookup_generation WHERE id = 1');
    await setLevel(e, e.level === 1 ? 2 : 1);
    // what a concurrent render that read the old snapshot would store, landing after the write
    await s.db.query(
      `INSERT INTO credit_bucket (prefix, generation, body) VALUES ($1, $2, $3)
       ON CONFLICT (prefix) DO UPDATE SET generation = EXCLUDED.generation, body = EXCLUDED.body`,
      [p, n, old.slice(1, -1)],
    );
    expect(await served([p])).not.toBe(old);
  });

  it(`a statement of more than ${STALE_ALL_ROWS} rows, or a TRUNCATE, stales every bucket`, async () => {
    const p = bucket(f);
    await served([p]);
    const g0 = await storedGen(p);
    const bulk = recs.filter((r) => bucket(r) !== p).slice(0, STALE_ALL_ROWS + 10); // + 10: one record was deleted above
    // complaints + 0: touches the rows without changing any answer, so only the epoch can stale p
    await s.db.query('UPDATE credit SET complaints = complaints + 0 WHERE account_id = ANY($1::text[])', [bulk.map((r) => r.accountId)]);
    await served([p]);
    const g1 = await storedGen(p);
    expect(BigInt(g1!)).toBeGreaterThan(BigInt(g0!));
    await s.db.query('TRUNCATE blacklist');
    await served([p]);
    expect(BigInt((await storedGen(p))!)).toBeGreaterThan(BigInt(g1!));
  });

  it("an instance's lookup cache drops only the answers a write touched", async () => {
    const [pa, pb] = [bucket(a), bucket(b)];
    await api(pa);
    await api(pb);
    const h0 = s.lookups.hits;
    const m0 = s.lookups.misses;
    await setLevel(a, a.level === 3 ? 2 : 3);
    await api(pb); // still cached
    expect([s.lookups.hits - h0, s.lookups.misses - m0]).toEqual([1, 0]);
    await api(pa); // dropped, answered afresh (api() compares it with the row path)
    expect([s.lookups.hits - h0, s.lookups.misses - m0]).toEqual([1, 1]);
    // a bulk write drops every answer
    await s.db.query('UPDATE credit SET complaints = complaints + 0 WHERE account_id = ANY($1::text[])', [recs.slice(0, STALE_ALL_ROWS + 10).map((r) => r.accountId)]);
    await api(pb);
    expect([s.lookups.hits - h0, s.lookups.misses - m0]).toEqual([1, 2]);
  });
});

// Issue 22: 4-hex lookups answered from buckets PostgreSQL renders and stores (credit_bucket,
// migration 6) must say exactly what the row path (lookupPrefixes → mergeCreditEntries) says, for
// credit, blacklist, both, removed and empty buckets, and never serve a bucket older than the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './helpers';
import { generateCredit } from '../src/credit-generate';
import { creditHash, importCredit, lookupPrefixes } from '../src/store/credit';
import { addBlacklist, removeBlacklist } from '../src/store/blacklist';
import { bucketEntriesJson, renderAllBuckets } from '../src/store/credit-buckets';

let s: Awaited<ReturnType<typeof testServer>>;
const recs = [...generateCredit(3000, 31)];
const both = recs[7]!;
const tricky = { site: 'douyin' as const, accountId: 'lg-bucket-tricky', reason: '引号 "quoted" \\ back\\slash 😀 </script>', source: 'SAMR 通报 #12', since: '2026-11-30' };

const rowPath = async (list: string[]) => ({ prefix: list.join(','), entries: await lookupPrefixes(s.db, list) });
const apiPath = async (list: string[]) => {
  const r = await fetch(`${s.url}/v1/credit/${list.join(',')}`);
  expect(r.status).toBe(200);
  const text = await r.text();
  // byte for byte what JSON.stringify writes: the static export's files must equal the live answers
  expect(text).toBe(JSON.stringify(await rowPath(list)));
  return JSON.parse(text);
};
/** a listed host's prefix, or every third one a pseudo-random 4-hex (often empty at 3000 records) */
const pick = (i: number, j: number) =>
  j % 3 ? creditHash(recs[(i * 97 + j * 13) % recs.length]!).slice(0, 4) : ((i * 7919 + j * 104_729) % 65_536).toString(16).padStart(4, '0');
const bucketCount = async () => Number((await s.db.query<{ n: string }>('SELECT count(*) AS n FROM credit_bucket'))[0]!.n);

beforeAll(async () => {
  s = await testServer();
  await importCredit(s.db, recs);
  await addBlacklist(s.db, { site: both.site, accountId: both.accountId, reason: 'both credit and blacklist', source: 'test', since: '2026-12-01' });
  await addBlacklist(s.db, tricky);
  await addBlacklist(s.db, { site: 'kuaishou', accountId: 'lg-bucket-removed', reason: 'removed later', source: 'test', since: '2026-12-01' });
  await removeBlacklist(s.db, 'kuaishou', 'lg-bucket-removed');
}, 60_000);
afterAll(async () => s?.close());

describe('pre-rendered credit buckets', () => {
  it('answer what the row path answers, for every kind of bucket and any list order', async () => {
    const trickyHash = creditHash(tricky);
    const removedHash = creditHash({ site: 'kuaishou', accountId: 'lg-bucket-removed' });
    const lists = [
      [creditHash(both).slice(0, 4)],
      [trickyHash.slice(0, 4)],
      [removedHash.slice(0, 4)],
      ['ffff', '0000', trickyHash.slice(0, 4), creditHash(both).slice(0, 4)],
      // 40 lists of 1-16 prefixes
      ...Array.from({ length: 40 }, (_, i) => [...new Set(Array.from({ length: 1 + (i % 16) }, (_, j) => pick(i, j)))]),
    ];
    let nonEmpty = 0;
    for (const list of lists) {
      const got = await apiPath(list);
      expect(got).toEqual(await rowPath(list));
      nonEmpty += got.entries.length ? 1 : 0;
    }
    expect(nonEmpty).toBeGreaterThan(35);
    const one = await apiPath([creditHash(both).slice(0, 4)]);
    const e = one.entries.find((x: { hash: string }) => x.hash === creditHash(both));
    expect(e.credit.level).toBe(both.level);
    expect(e.blacklist.reason).toBe('both credit and blacklist');
    expect((await apiPath([trickyHash.slice(0, 4)])).entries.find((x: { hash: string }) => x.hash === trickyHash).blacklist.reason).toBe(tricky.reason);
    expect((await apiPath([removedHash.slice(0, 4)])).entries.some((x: { hash: string }) => x.hash === removedHash)).toBe(false);
    expect(await bucketCount()).toBeGreaterThan(40); // rendered once, stored for every instance
  });

  it('a bucket stored before a write is never served after it (plain SQL, blacklist add)', async () => {
    const p = creditHash(both).slice(0, 4);
    await bucketEntriesJson(s.db, [p]);
    const other = both.level === 1 ? 2 : 1;
    await s.db.query('UPDATE credit SET level = $1 WHERE site = $2 AND account_id = $3', [other, both.site, both.accountId]);
    const after = JSON.parse(await bucketEntriesJson(s.db, [p]));
    expect(after.find((x: { hash: string }) => x.hash === creditHash(both)).credit.level).toBe(other);
    const fresh = recs.find((r) => creditHash(r).startsWith(p) && r !== both) ?? recs[8]!;
    const q = creditHash(fresh).slice(0, 4);
    await bucketEntriesJson(s.db, [q]);
    await addBlacklist(s.db, { site: fresh.site, accountId: fresh.accountId, reason: 'added after render', source: 'test', since: '2026-12-02' });
    expect((await apiPath([q])).entries.find((x: { hash: string }) => x.hash === creditHash(fresh)).blacklist.reason).toBe('added after render');
  });

  it('renderAllBuckets writes every non-empty bucket at once, equal to the lazily rendered ones', async () => {
    const sample = [...new Set(recs.slice(0, 30).map((r) => creditHash(r).slice(0, 4)))];
    const lazy = new Map<string, string>();
    await s.db.query('UPDATE lookup_generation SET n = n + 1, epoch = n + 1 WHERE id = 1'); // every stored bucket stale (as a bulk write does)
    for (const p of sample) lazy.set(p, await bucketEntriesJson(s.db, [p]));
    const written = await renderAllBuckets(s.db);
    const [{ n }] = await s.db.query<{ n: string }>(
      `SELECT count(DISTINCT left(hash, 4)) AS n FROM (SELECT hash FROM credit UNION ALL SELECT hash FROM blacklist WHERE removed_at IS NULL) h`,
    );
    expect(written).toBe(Number(n));
    const stored = await s.db.query<{ prefix: string; body: string }>('SELECT prefix, body FROM credit_bucket WHERE prefix = ANY($1::text[])', [sample]);
    expect(stored).toHaveLength(sample.length);
    for (const r of stored) expect(JSON.parse(`[${r.body}]`)).toEqual(JSON.parse(lazy.get(r.prefix)!));
    // and VACUUMed: every page all-visible (no hint bits left for lookups to set, no autovacuum
    // woken under traffic), statistics gathered
    const [vis] = await s.db.query<{ pages: number; visible: number; tuples: number }>(
      `SELECT relpages AS pages, relallvisible AS visible, reltuples AS tuples FROM pg_class WHERE oid = 'credit_bucket'::regclass`,
    );
    expect(Number(vis!.pages)).toBeGreaterThan(0);
    expect(Number(vis!.visible)).toBe(Number(vis!.pages));
    expect(Number(vis!.tuples)).toBeGreaterThanOrEqual(written);
  });
});

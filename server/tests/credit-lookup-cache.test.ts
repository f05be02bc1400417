// Issue 22: credit lookups served from each instance's in-memory cache, keyed by the database's
// lookup generation (a trigger bumps it with every write to credit or blacklist), with a strong
// ETag and 304. A wrapper counts the queries that reach the real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, testServer } from './helpers';
import { generateCredit } from '../src/credit-generate';
import { creditHash, importCredit } from '../src/store/credit';
import { CreditResponseSchema } from '../../lib/api';
import type { Db } from '../src/db/types';

let s: Awaited<ReturnType<typeof testServer>>;
const creditQueries: string[] = [];
const countingDb = (db: Db): Db => ({
  ...db,
  query: (sql, params) => {
    if (/FROM credit\b/.test(sql)) creditQueries.push(sql);
    return db.query(sql, params);
  },
});
const recs = [...generateCredit(400, 23)];
const target = recs[42]!;
const h = creditHash(target);
const url = () => `${s.url}/v1/credit/${h.slice(0, 5)}`;
const levelIn = async (r: Response) => CreditResponseSchema.parse(await r.json()).entries.find((e) => e.hash === h)?.credit?.level;

beforeAll(async () => {
  s = await testServer({ wrapDb: countingDb });
  await importCredit(s.db, recs);
});
afterAll(async () => s?.close());

describe('credit lookup cache', () => {
  it('a repeated lookup is answered from memory with the same bytes, a strong ETag and public caching; If-None-Match gives 304', async () => {
    creditQueries.length = 0;
    const first = await fetch(url());
    expect(first.status).toBe(200);
    const body = await first.text();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{20}"$/);
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=300/);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(creditQueries).toHaveLength(1);
    const again = await fetch(url());
    expect(await again.text()).toBe(body);
    expect(again.headers.get('etag')).toBe(etag);
    expect(creditQueries).toHaveLength(1); // no second query
    const notModified = await fetch(url(), { headers: { 'if-none-match': etag! } });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    expect((await fetch(url(), { headers: { 'if-none-match': '"0000"' } })).status).toBe(200);
  });

  it('any committed write to credit (even plain SQL, not through the API) is seen by the next lookup', async () => {
    expect(await levelIn(await fetch(url()))).toBe(target.level);
    const other = target.level === 1 ? 2 : 1;
    await s.db.query('UPDATE credit SET level = $1 WHERE site = $2 AND account_id = $3', [other, target.site, target.accountId]);
    const r = await fetch(url());
    expect(await levelIn(r)).toBe(other);
  });

  it('a blacklist entry added through the admin API shows in the next lookup of its prefix', async () => {
    const before = CreditResponseSchema.parse(await (await fetch(url())).json());
    expect(before.entries.find((e) => e.hash === h)?.blacklist).toBeNull();
    expect((await admin(s.url, '/v1/admin/blacklist', 'POST', { site: target.site, accountId: target.accountId, reason: 'cache test', source: 'test', since: '2026-12-01' })).status).toBe(201);
    const after = CreditResponseSchema.parse(await (await fetch(url())).json());
    expect(after.entries.find((e) => e.hash === h)?.blacklist?.reason).toBe('cache test');
  });

  it('a bad prefix list is still refused (a cache miss validates), and a query string too', async () => {
    expect((await fetch(`${s.url}/v1/credit/XYZ1`)).status).toBe(400);
    expect((await fetch(`${url()}?x=1`)).status).toBe(400);
  });
});

// R-CREDIT-13/15 prefix lookups, R-SYNC-23 reports, admin auth and imports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, testServer } from './helpers';
import { CreditResponseSchema } from '../../lib/api';
import { accountHash } from '../../lib/account-hash';
import { DEMO_HOST } from '../src/seed/demo';

let s: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  s = await testServer({ seedDemo: true, reportsPerMinute: 3 });
});
afterAll(() => s?.close());

async function lookup(site: string, accountId: string, len = 5) {
  const full = await accountHash(site as 'douyin', accountId);
  const r = await fetch(`${s.url}/v1/credit/${full.slice(0, len)}`);
  expect(r.status).toBe(200);
  expect(r.headers.get('access-control-allow-origin')).toBe('*');
  const body = CreditResponseSchema.parse(await r.json());
  return body.entries.find((e) => e.hash === full && e.site === site);
}

describe('credit lookups by prefix', () => {
  it('finds the seeded demo host at low credit, not blacklisted', async () => {
    const e = await lookup(DEMO_HOST.site, DEMO_HOST.accountId);
    expect(e?.credit).toMatchObject({ level: 2, complaints: 37, platformPenalties: 2, regulatorNotices: 1 });
    expect(e?.blacklist).toBeNull();
  });
  it('finds the seeded badge accounts on douyin, bilibili and twitch', async () => {
    for (const site of ['douyin', 'bilibili', 'twitch']) {
      expect((await lookup(site, 'lg-demo-blacklisted'))?.blacklist?.source).toBeTruthy();
      expect((await lookup(site, 'lg-demo-low', 4))?.credit?.level).toBe(2);
      expect((await lookup(site, 'lg-demo-good', 8))?.credit?.level).toBe(5);
    }
  });
  it('answers several prefixes in one request (issue 14: the real one among decoys)', async () => {
    const names = ['lg-demo-blacklisted', 'lg-demo-low', 'lg-demo-good'];
    const full = await Promise.all(names.map((n) => accountHash('bilibili', n)));
    const prefixes = [...new Set(full.map((h) => h.slice(0, 4)))].sort();
    const r = await fetch(`${s.url}/v1/credit/${prefixes.join(',')}`);
    expect(r.status).toBe(200);
    const body = CreditResponseSchema.parse(await r.json());
    expect(body.prefix).toBe(prefixes.join(','));
    for (const h of full) expect(body.entries.filter((e) => e.hash === h && e.site === 'bilibili')).toHaveLength(1);
    expect(body.entries.every((e) => prefixes.some((p) => e.hash.startsWith(p)))).toBe(true);
    // overlapping prefixes list an account once
    const o = CreditResponseSchema.parse(await (await fetch(`${s.url}/v1/credit/${full[0]!.slice(0, 4)},${full[0]!.slice(0, 6)}`)).json());
    expect(o.entries.filter((e) => e.hash === full[0])).toHaveLength(1);
    for (const bad of ['abcd,', ',abcd', 'abcd,abcd', 'abcd,xyz1', Array.from({ length: 65 }, (_, i) => (0x1000 + i).toString(16)).join(',')]) {
      const b = await fetch(`${s.url}/v1/credit/${bad}`);
      expect(b.status, bad).toBe(400);
      expect((await b.json()).error).toBe('bad_prefix');
    }
  });
  it('the published bundle carries the prefix set of every listed account', async () => {
    const b = await (await fetch(`${s.url}/v1/bundle`)).json();
    const bundle = JSON.parse(b.payload);
    const set: string[] = bundle.creditPrefixes.prefixes.match(/.{6}/g);
    for (const site of ['douyin', 'bilibili', 'twitch'] as const) {
      for (const n of ['lg-demo-blacklisted', 'lg-demo-low', 'lg-demo-good']) expect(set).toContain((await accountHash(site, n)).slice(0, 6));
    }
    expect(set).toContain((await accountHash(DEMO_HOST.site, DEMO_HOST.accountId)).slice(0, 6));
    expect(set).toHaveLength(10);
  });
  it('returns an empty list for a prefix nobody has, and 400 for a bad prefix', async () => {
    const r = await fetch(`${s.url}/v1/credit/ffffffff`);
    expect(r.status).toBe(200);
    expect(CreditResponseSchema.parse(await r.json()).entries.every((e) => e.hash.startsWith('ffffffff'))).toBe(true);
    for (const bad of ['abc', 'ABCDEF', '123456789', 'zzzz', '%00%00%00%00']) {
      const b = await fetch(`${s.url}/v1/credit/${bad}`);
      expect(b.status).toBe(400);
      expect((await b.json()).error).toBe('bad_prefix');
    }
  });
});

describe('admin', () => {
  it('rejects missing and wrong bearer tokens with 401', async () => {
    const none = await fetch(`${s.url}/v1/admin/bundle`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(none.status).toBe(401);
    const wrong = await fetch(`${s.url}/v1/admin/bundle`, { method: 'POST', body: '{}', headers: { authorization: 'Bearer nope', 'content-type': 'application/json' } });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error).toBe('unauthorized');
  });
  it('imports credit records from CSV and JSON (upsert) and rejects bad rows', async () => {
    const csv = 'site,accountId,level,complaints,platformPenalties,regulatorNotices,updatedAt\n' +
      'kuaishou,csv-1,4,1,0,0,2026-05-01T00:00:00.000Z\nkuaishou,"csv,2",3,5,1,0,2026-05-01T00:00:00.000Z\n';
    const r = await admin(s.url, '/v1/admin/credit', 'POST', csv, 'text/csv');
    expect(await r.json()).toEqual({ imported: 2 });
    expect((await lookup('kuaishou', 'csv,2'))?.credit?.level).toBe(3);
    const j = await admin(s.url, '/v1/admin/credit', 'POST', [
      { site: 'kuaishou', accountId: 'csv-1', level: 1, complaints: 9, platformPenalties: 2, regulatorNotices: 1, updatedAt: '2026-06-01T00:00:00.000Z' },
    ]);
    expect(await j.json()).toEqual({ imported: 1 });
    expect((await lookup('kuaishou', 'csv-1'))?.credit?.level).toBe(1);
    const bad = await admin(s.url, '/v1/admin/credit', 'POST', csv.replace(',4,', ',9,'), 'text/csv');
    expect(bad.status).toBe(400);
    expect((await bad.json()).reason).toMatch(/level/);
    const badHeader = await admin(s.url, '/v1/admin/credit', 'POST', 'a,b\n1,2\n', 'text/csv');
    expect(badHeader.status).toBe(400);
  });
  it('removing an unknown blacklist entry is 404', async () => {
    const r = await admin(s.url, '/v1/admin/blacklist', 'DELETE', { site: 'douyin', accountId: 'never' });
    expect(r.status).toBe(404);
  });
});

describe('POST /v1/reports', () => {
  const report = { site: 'douyin', accountHash: 'a'.repeat(64), categories: ['off_platform'], ruleIds: [], severity: 'warning', findingsCount: 3, day: '2026-11-02' };
  const post = (body: unknown) => fetch(`${s.url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('stores a valid report, rejects unknown fields, then rate-limits the client', async () => {
    const ok = await post(report);
    expect(ok.status).toBe(201);
    const stored = await s.db.query<{ body: string }>('SELECT body FROM reports');
    expect(JSON.parse(stored[0]!.body)).toEqual(report);
    const extra = await post({ ...report, url: 'https://live.douyin.com/1' });
    expect(extra.status).toBe(400);
    expect((await extra.json()).error).toBe('invalid_body');
    await post(report);
    const limited = await post(report);
    expect(limited.status).toBe(429);
  });
});

// Issue 13: the database fails during bundle builds and publishes. A failure answers 503 with a
// JSON reason while it lasts, is never cached, and the next request after recovery succeeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, testServer } from './helpers';
import { ChaosSwitch, chaosDb } from './chaos-db';
import { ErrorBodySchema, SignedEnvelopeSchema } from '../../lib/api';
import { fullBundle, versionHash } from '../src/store/bundles';
import { verifyEnvelope } from '../../lib/bundle/signature';

const chaos = new ChaosSwitch();
let s: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  s = await testServer({ wrapDb: (db) => chaosDb(db, chaos) });
});
afterAll(async () => {
  chaos.off();
  await s?.close();
});

async function get(path: string) {
  const r = await fetch(s.url + path);
  const text = await r.text();
  if (r.status >= 500) {
    expect(r.status, text).toBe(503); // transient: Service Unavailable, never a bare 500
    expect(r.headers.get('retry-after')).toBeTruthy();
  }
  if (r.status >= 400) expect(ErrorBodySchema.safeParse(JSON.parse(text)).success, text).toBe(true);
  return { status: r.status, text, version: r.headers.get('x-liveguard-version'), kind: r.headers.get('x-liveguard-kind') };
}
const addEntry = (accountId: string) => admin(s.url, '/v1/admin/blacklist', 'POST', { site: 'douyin', accountId, reason: 'chaos', source: 'test', since: '2026-01-02' });
const publishNow = () => admin(s.url, '/v1/admin/bundle', 'POST', {});

describe('chaos: database failures during builds and publishes', () => {
  it('a failed full-bundle build answers 503 once and is rebuilt on the next request', async () => {
    expect((await addEntry('c-1')).status).toBe(201);
    expect((await publishNow()).status).toBe(201);
    chaos.failNext(/FROM blacklist WHERE added_version <= \$1/);
    expect((await get('/v1/bundle')).status).toBe(503);
    const next = await get('/v1/bundle');
    expect(next.status).toBe(200);
    expect(next.version).toBe('1');
  });

  it('a failed delta build answers 503 once and is rebuilt on the next request', async () => {
    expect((await addEntry('c-2')).status).toBe(201);
    expect((await publishNow()).status).toBe(201);
    // a delta is only built for a client that names its base by content hash (issue 13)
    const base = await versionHash(s.db, 1);
    chaos.failNext(/added_version > \$1 AND added_version <= \$2/);
    expect((await get(`/v1/bundle?since=1&base=${base}`)).status).toBe(503);
    const next = await get(`/v1/bundle?since=1&base=${base}`);
    expect([next.status, next.kind, next.version]).toEqual([200, 'delta', '2']);
  });

  it('a publish that fails mid-transaction changes nothing; the next publish and build succeed', async () => {
    expect((await addEntry('c-3')).status).toBe(201);
    chaos.failNext(/UPDATE blacklist SET added_version/);
    const failed = await publishNow();
    expect(failed.status).toBe(503);
    expect(ErrorBodySchema.safeParse(await failed.json()).success).toBe(true);
    expect((await get('/v1/bundle')).version).toBe('2'); // rolled back: no half-published version 3
    const ok = await publishNow();
    expect(ok.status).toBe(201);
    expect((await ok.json()).version).toBe(3);
    const b = await get('/v1/bundle');
    expect([b.status, b.version]).toEqual([200, '3']);
    expect(b.text.length).toBeGreaterThan(0);
  });

  it('under 30% random query failures nothing answers 500, and every endpoint recovers at once', async () => {
    chaos.rate = 0.3;
    const before = chaos.failures;
    for (let i = 0; i < 60; i++) {
      const what = i % 6;
      if (what === 0) await get('/v1/bundle');
      else if (what === 1) await get(`/v1/bundle?since=${1 + (i % 3)}`);
      else if (what === 2) await get('/v1/credit/abcd');
      else if (what === 3) await get('/healthz');
      else {
        const r = what === 4 ? await publishNow() : await addEntry(`rnd-${i}`);
        expect(r.status === 503 || r.status < 300, `status ${r.status}`).toBe(true);
        if (r.status >= 400) expect(ErrorBodySchema.safeParse(await r.json()).success).toBe(true);
      }
    }
    expect(chaos.failures - before).toBeGreaterThan(5); // the chaos really happened
    chaos.off();
    // first request after recovery: every endpoint answers, and the bundle is the database's current one
    const [v] = await s.db.query<{ v: number }>('SELECT MAX(version) AS v FROM bundle_versions');
    const full = await get('/v1/bundle');
    expect([full.status, full.version]).toEqual([200, String(v!.v)]);
    const env = SignedEnvelopeSchema.parse(JSON.parse(full.text));
    expect(await verifyEnvelope(env, s.publicKey)).toBe(true);
    expect(JSON.parse(env.payload)).toEqual(await fullBundle(s.db, Number(v!.v)));
    for (const since of [1, 2, 3]) expect((await get(`/v1/bundle?since=${since}`)).status).toBe(200);
    expect((await get('/v1/credit/abcd')).status).toBe(200);
    expect((await get('/healthz')).status).toBe(200);
    expect((await publishNow()).status).toBe(201);
  });

  it.runIf(!!process.env.DATABASE_URL)('PostgreSQL: cutting every real connection of the server neither crashes it nor sticks', async () => {
    await get('/v1/bundle'); // the pool holds idle connections now
    const { default: pg } = await import('pg');
    const killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await killer.connect();
    const [schema] = (await s.db.query<{ s: string }>('SELECT current_schema() AS s')).map((r) => r.s);
    const killed = await killer.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()', [schema]);
    await killer.end();
    expect(killed.rowCount).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200)); // let the pool see the closed sockets
    s.db.query('SELECT 1').catch(() => undefined);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await get('/v1/bundle?since=1')).status);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.filter((x) => x !== 200).length).toBeLessThanOrEqual(1);
    expect((await publishNow()).status).toBe(201);
  });
});

// Issue 22 item 4: stateless instances. Two real servers on ONE PostgreSQL schema (as two
// instances behind a balancer): what one writes the other serves, concurrent publishes on both get
// distinct consecutive versions, tokens and credit live in the database, and the report rate limit
// is per instance (documented in server/README.md: N instances allow N × the limit per client).
// PostgreSQL only: PGlite is an embedded, single-process database, so two instances cannot share it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, testServer } from './helpers';
import { startServer, type RunningServer } from '../src/server';
import { generateCredit } from '../src/credit-generate';
import { creditHash, importCredit } from '../src/store/credit';
import { createToken, revokeToken } from '../src/store/tokens';
import { INITIAL_META, syncOnce } from '../../lib/sync/client';
import { DEFAULT_BUNDLE } from '../../lib/bundle/default-bundle';
import { bundleHash } from '../../lib/bundle/content-hash';
import { CreditResponseSchema } from '../../lib/api';

const pg = process.env.DATABASE_URL;
let a: Awaited<ReturnType<typeof testServer>>;
let b: RunningServer;

describe.skipIf(!pg)('two instances on one PostgreSQL', () => {
  beforeAll(async () => {
    a = await testServer({ seedDemo: true, reportsPerMinute: 3 });
    // its own process state (render cache, limiter, connection pool)
    // the same schema and signing key (the admin token a registered is in the database too)
    b = await startServer({ dataDir: 'memory://', databaseUrl: pg, dbSchema: a.schema, signingKey: a.key.privateKey, versionCheckMs: 0, reportsPerMinute: 3 });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close(); // drops the shared schema
  });

  it('a publish on one is served by the other, byte for byte the same signed bundle', async () => {
    expect((await admin(a.url, '/v1/admin/blacklist', 'POST', { site: 'twitch', accountId: 'two-inst', reason: 'r', source: 's', since: '2026-02-03' })).status).toBe(201);
    const pub = await admin(a.url, '/v1/admin/bundle', 'POST', {});
    expect(pub.status).toBe(201);
    const { version } = (await pub.json()) as { version: number };
    const fromB = await syncOnce(DEFAULT_BUNDLE, INITIAL_META, { fetch: globalThis.fetch, apiUrl: b.url, publicKey: a.publicKey, now: () => 1 });
    expect(fromB.meta.status, fromB.meta.lastError ?? '').toBe('ok');
    expect(fromB.bundle?.version).toBe(version);
    expect(fromB.bundle?.blacklist).toHaveLength(4); // the demo's 3 + the one added through a
    const bodyA = await (await fetch(`${a.url}/v1/bundle`, { headers: { 'accept-encoding': 'identity' } })).text();
    const bodyB = await (await fetch(`${b.url}/v1/bundle`, { headers: { 'accept-encoding': 'identity' } })).text();
    expect(bodyB).toBe(bodyA);
    // and a delta asked of the other instance fits the bundle the first one served
    const held = fromB.bundle!;
    expect((await admin(b.url, '/v1/admin/bundle', 'POST', { settings: { ...held.settings, minSyncIntervalSec: 1200 } })).status).toBe(201);
    const next = await syncOnce(held, fromB.meta, { fetch: globalThis.fetch, apiUrl: a.url, publicKey: a.publicKey, now: () => 2 });
    expect(next.bundle?.version).toBe(version + 1);
    expect(next.bundle?.settings.minSyncIntervalSec).toBe(1200);
    expect(await bundleHash(next.bundle!)).toBe(await bundleHash((await syncOnce(DEFAULT_BUNDLE, INITIAL_META, { fetch: globalThis.fetch, apiUrl: b.url, publicKey: a.publicKey, now: () => 3 })).bundle!));
  });

  it('concurrent publishes on both instances get distinct, consecutive versions', async () => {
    const before = Number(((await (await fetch(`${a.url}/healthz`)).json()) as { version: number }).version);
    const res = await Promise.all(Array.from({ length: 8 }, (_, i) => admin(i % 2 ? a.url : b.url, '/v1/admin/bundle', 'POST', {})));
    const versions = await Promise.all(res.map(async (r) => (expect(r.status).toBe(201), ((await r.json()) as { version: number }).version)));
    expect(versions.sort((x, y) => x - y)).toEqual(Array.from({ length: 8 }, (_, i) => before + 1 + i));
  });

  it('credit imported through one is looked up on the other; a token revoked through one is refused by the other', async () => {
    const recs = [...generateCredit(500, 41)];
    await importCredit(a.db, recs);
    const h = creditHash(recs[77]!);
    const got = CreditResponseSchema.parse(await (await fetch(`${b.url}/v1/credit/${h.slice(0, 5)}`)).json());
    expect(got.entries.find((e) => e.hash === h)?.credit?.level).toBe(recs[77]!.level);

    const token = `two_${Date.now()}`;
    await createToken(a.db, 'two-instances', token);
    const asB = () => fetch(`${b.url}/v1/admin/bundle`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    expect((await asB()).status).toBe(201);
    expect(await revokeToken(a.db, token)).toBe(1);
    expect((await asB()).status).toBe(401);
  });

  it('the report rate limit is per instance: a client held at the limit by one is still served by the other', async () => {
    const report = { site: 'douyin', accountHash: 'b'.repeat(64), categories: ['off_platform'], ruleIds: [], severity: 'warning', findingsCount: 1, day: '2026-11-02' };
    const post = (url: string) => fetch(`${url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(report) });
    const onA = [];
    for (let i = 0; i < 4; i++) onA.push((await post(a.url)).status);
    expect(onA).toEqual([201, 201, 201, 429]);
    // the documented effect of a per-instance limit: N instances allow N x the limit per client
    expect((await post(b.url)).status).toBe(201);
    const [{ n }] = (await a.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports')) as [{ n: number }];
    expect(Number(n)).toBe(4); // both instances stored into the one database
  });
});

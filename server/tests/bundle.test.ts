// R-SYNC-22: signed bundles, conditional requests, compression, deltas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { request } from 'node:http';
import { admin, testServer } from './helpers';
import { SignedEnvelopeSchema, BundleDeltaSchema } from '../../lib/api';
import { BundleSchema } from '../../lib/bundle/schema';
import { verifyEnvelope } from '../../lib/bundle/signature';
import { applyDelta } from '../../lib/bundle/apply-delta';
import { accountHash } from '../../lib/account-hash';
import { bundleHash } from '../../lib/bundle/content-hash';

let s: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  s = await testServer();
});
afterAll(() => s?.close());

/** node:http so Accept-Encoding is exactly what we send and the body is not decoded for us */
function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(s.url + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

async function envelope(path: string) {
  const r = await raw(path);
  expect(r.status).toBe(200);
  const env = SignedEnvelopeSchema.parse(JSON.parse(r.body.toString('utf8')));
  expect(await verifyEnvelope(env, s.publicKey)).toBe(true);
  return env;
}

const add = (accountId: string, site = 'douyin') =>
  admin(s.url, '/v1/admin/blacklist', 'POST', { site, accountId, reason: 'test reason', source: 'test', since: '2026-01-02' });

describe('GET /v1/bundle', () => {
  it('runs on the database the environment asks for', () => {
    expect(s.db.kind).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  });
  it('is 404 with a JSON reason before anything is published', async () => {
    const r = await raw('/v1/bundle');
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body.toString()).error).toBe('no_bundle');
  });

  it('serves a signed full bundle that validates, with ETag, Cache-Control and CORS', async () => {
    expect((await add('acc-1')).status).toBe(201);
    expect((await add('acc-2', 'twitch')).status).toBe(201);
    const pub = await admin(s.url, '/v1/admin/bundle', 'POST', { settings: { minSyncIntervalSec: 600 } });
    expect(pub.status).toBe(201);
    expect((await pub.json()).version).toBe(1);
    const env = await envelope('/v1/bundle');
    expect(env.kind).toBe('full');
    const b = BundleSchema.parse(JSON.parse(env.payload));
    expect(b.version).toBe(1);
    expect(b.settings.minSyncIntervalSec).toBe(600);
    expect(b.blacklist.map((e) => e.hash)).toEqual([(await accountHash('douyin', 'acc-1')).slice(0, 16), (await accountHash('twitch', 'acc-2')).slice(0, 16)]);
    const r = await raw('/v1/bundle');
    expect(r.headers.etag).toMatch(/^"[0-9a-f]{20}"$/);
    expect(r.headers['cache-control']).toContain('max-age');
    expect(r.headers['access-control-allow-origin']).toBe('*');
  });

  it('answers the CORS preflight for a conditional request from the extension origin', async () => {
    const r = await fetch(`${s.url}/v1/bundle`, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('if-none-match');
  });

  it('answers If-None-Match with 304 and no body, and a stale tag with 200', async () => {
    const first = await raw('/v1/bundle', { 'accept-encoding': 'gzip' });
    const tag = String(first.headers.etag);
    const again = await raw('/v1/bundle', { 'accept-encoding': 'gzip', 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await raw('/v1/bundle', { 'if-none-match': '"deadbeef"' })).status).toBe(200);
  });

  it('compresses with brotli and gzip to the same bytes', async () => {
    const plain = await raw('/v1/bundle');
    const br = await raw('/v1/bundle', { 'accept-encoding': 'br, gzip' });
    const gz = await raw('/v1/bundle', { 'accept-encoding': 'gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  let v1Hash = '';
  it('serves a delta since a version that applies to exactly the new full bundle', async () => {
    const v1 = BundleSchema.parse(JSON.parse((await envelope('/v1/bundle')).payload));
    expect((await add('acc-3')).status).toBe(201);
    expect((await admin(s.url, '/v1/admin/blacklist', 'DELETE', { site: 'douyin', accountId: 'acc-1' })).status).toBe(200);
    expect((await admin(s.url, '/v1/admin/bundle', 'POST', {})).status).toBe(201);
    v1Hash = await bundleHash(v1);
    expect((await envelope('/v1/bundle?since=1')).kind).toBe('full'); // without its content hash, a number names no bundle (issue 13)
    const env = await envelope(`/v1/bundle?since=1&base=${v1Hash}`);
    expect(env.kind).toBe('delta');
    const d = BundleDeltaSchema.parse(JSON.parse(env.payload));
    expect(d.from).toBe(1);
    expect(d.version).toBe(2);
    expect(d.blacklistAdd).toHaveLength(1);
    expect(d.blacklistRemove).toEqual([{ site: 'douyin', hash: (await accountHash('douyin', 'acc-1')).slice(0, 16) }]);
    expect(d.vocabulary).toBeUndefined(); // unchanged parts are not resent
    const full = BundleSchema.parse(JSON.parse((await envelope('/v1/bundle')).payload));
    expect(applyDelta(v1, d)).toEqual(full);
    expect(d.fromHash).toBe(v1Hash);
    expect(d.hash).toBe(await bundleHash(full));
  });

  it('falls back to the full bundle for an unknown or future version', async () => {
    for (const since of [0, 99]) {
      const env = await envelope(`/v1/bundle?since=${since}`);
      expect(env.kind).toBe('full');
    }
  });

  it('a removed-then-republished entry appears once in later deltas', async () => {
    expect((await add('acc-1')).status).toBe(201); // re-add the removed account
    expect((await add('acc-1')).status).toBe(409); // already live
    expect((await admin(s.url, '/v1/admin/bundle', 'POST', {})).status).toBe(201);
    const d = BundleDeltaSchema.parse(JSON.parse((await envelope(`/v1/bundle?since=1&base=${v1Hash}`)).payload));
    const full = BundleSchema.parse(JSON.parse((await envelope('/v1/bundle')).payload));
    expect(full.blacklist).toHaveLength(3);
    expect(d.blacklistRemove).toEqual([]);
    expect(d.blacklistAdd).toHaveLength(2); // acc-3 (v2) and acc-1 again (v3)
    const v1 = BundleSchema.parse(JSON.parse((await envelope('/v1/bundle?since=0')).payload));
    expect(v1.version).toBe(3);
  });
});

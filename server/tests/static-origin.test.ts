// Issue 22: the extension's sync client and credit lookup read a static origin with the same
// contract as the live API. The origin is real: `export-static` output served by node:http from
// its directory on a loopback port (no mock), logging every path asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { admin, testServer } from './helpers';
import { exportStatic } from '../src/static-export';
import { generateCredit } from '../src/credit-generate';
import { importCredit } from '../src/store/credit';
import { INITIAL_META, syncOnce, type SyncMeta } from '../../lib/sync/client';
import { syncStaticOnce } from '../../lib/sync/static-sync';
import { isStaticOrigin } from '../../lib/sync/static-origin';
import { CreditClient, creditQuery, matchCredit } from '../../lib/sync/credit-client';
import { countUnder, mayHaveRecord, MIN_BUCKET_HOSTS } from '../../lib/bundle/credit-prefixes';
import { bundleHash } from '../../lib/bundle/content-hash';
import { DEFAULT_BUNDLE } from '../../lib/bundle/default-bundle';
import { SignedManifestSchema } from '../../lib/api';
import type { Bundle } from '../../lib/bundle/schema';

let s: Awaited<ReturnType<typeof testServer>>;
let origin: Server;
let manifestUrl = '';
const dir = mkdtempSync(join(tmpdir(), 'lg-origin-'));
const asked: string[] = [];

/** A plain static file server: the directory's bytes, a strong ETag, 304 on If-None-Match, 404 otherwise. */
function serveDir(root: string): Promise<Server> {
  const srv = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    asked.push(path);
    const file = normalize(join(root, path));
    let body: Buffer;
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', etag, 'access-control-allow-origin': '*' }).end(body);
  });
  return new Promise((r) => srv.listen(0, '127.0.0.1', () => r(srv)));
}

beforeAll(async () => {
  s = await testServer({ seedDemo: true });
  await importCredit(s.db, [...generateCredit(3000, 7)]);
  expect((await admin(s.url, '/v1/admin/bundle', 'POST', {})).status).toBe(201); // v2: the prefix set holds the imported accounts
  await exportStatic(s.db, s.key, dir);
  origin = await serveDir(dir);
  manifestUrl = `http://127.0.0.1:${(origin.address() as AddressInfo).port}/manifest.json`;
}, 180_000); // seeding, a 3,000-record import and an export of ~2,000 files: 45 s at load 23 on this shared machine
afterAll(async () => {
  await new Promise((r) => origin?.close(r));
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

const deps = (apiUrl: string) => ({ fetch: globalThis.fetch, apiUrl, publicKey: s.publicKey, now: () => 1000 });

describe('static origin: sync', () => {
  let held: Bundle = DEFAULT_BUNDLE;
  let meta: SyncMeta = INITIAL_META;

  it('the server URL picks the mode: a path ending in /manifest.json is static', () => {
    expect(isStaticOrigin(manifestUrl)).toBe(true);
    expect(isStaticOrigin('https://cdn.example/lg/manifest.json')).toBe(true);
    expect(isStaticOrigin(s.url)).toBe(false);
    expect(isStaticOrigin('https://api.example/v1/')).toBe(false);
  });

  it('syncs the same bundle from the static origin as from the live API, then the manifest answers 304', async () => {
    const live = await syncOnce(DEFAULT_BUNDLE, INITIAL_META, deps(s.url));
    asked.length = 0;
    const a = await syncStaticOnce(held, meta, deps(manifestUrl));
    expect(a.meta.status, a.meta.lastError ?? '').toBe('ok');
    expect(a.bundle?.version).toBe(2);
    expect(await bundleHash(a.bundle!)).toBe(await bundleHash(live.bundle!));
    expect(asked).toEqual(['/manifest.json', expect.stringMatching(/^\/bundle\/full-2\.[0-9a-f]{16}\.json$/)]);
    held = a.bundle!;
    meta = a.meta;
    asked.length = 0;
    const b = await syncStaticOnce(held, meta, deps(manifestUrl));
    expect(b.meta.status).toBe('ok');
    expect(b.bundle).toBeNull();
    expect(asked).toEqual(['/manifest.json']); // unchanged manifest: nothing else fetched
    meta = b.meta;
  });

  it('after a publish and a re-export, takes the delta named for its version and ends where the live API is', async () => {
    expect((await admin(s.url, '/v1/admin/blacklist', 'POST', { site: 'twitch', accountId: 'static-origin-new', reason: 'r', source: 's', since: '2026-02-03' })).status).toBe(201);
    expect((await admin(s.url, '/v1/admin/bundle', 'POST', {})).status).toBe(201);
    await exportStatic(s.db, s.key, dir); // old hashed files stay, as on a real bucket
    asked.length = 0;
    const c = await syncStaticOnce(held, meta, deps(manifestUrl));
    expect(c.meta.status, c.meta.lastError ?? '').toBe('ok');
    expect(asked).toEqual(['/manifest.json', expect.stringMatching(/^\/bundle\/delta-2-3\.[0-9a-f]{16}\.json$/)]);
    const live = await syncOnce(DEFAULT_BUNDLE, INITIAL_META, deps(s.url));
    expect(c.bundle?.version).toBe(3);
    expect(await bundleHash(c.bundle!)).toBe(await bundleHash(live.bundle!));
    held = c.bundle!;
  });

  it('refuses a manifest signed by another key, an edited manifest, and a file whose bytes do not match its name', async () => {
    const path = join(dir, 'manifest.json');
    const good = readFileSync(path, 'utf8');
    try {
      const signed = SignedManifestSchema.parse(JSON.parse(good));
      // point the manifest at the old v2 bundle: a replay the signature must stop
      const m = JSON.parse(signed.payload) as { bundleVersion: number };
      writeFileSync(path, JSON.stringify({ ...signed, payload: JSON.stringify({ ...m, bundleVersion: 9 }) }));
      const r1 = await syncStaticOnce(DEFAULT_BUNDLE, INITIAL_META, deps(manifestUrl));
      expect(r1.meta.status).toBe('rejected');
      expect(r1.meta.lastError).toMatch(/bad signature/);
      expect(r1.bundle).toBeNull();
      writeFileSync(path, good);
      const other = await syncStaticOnce(DEFAULT_BUNDLE, INITIAL_META, { ...deps(manifestUrl), publicKey: DEFAULT_BUNDLE_FOREIGN_KEY });
      expect(other.meta.status).toBe('rejected');
      // a bundle file altered on the host
      const rel = (JSON.parse(signed.payload) as { bundle: string }).bundle;
      const orig = readFileSync(join(dir, rel), 'utf8');
      writeFileSync(join(dir, rel), orig.replace('{', '{ ')); // same JSON, same signature, other bytes
      const r2 = await syncStaticOnce(DEFAULT_BUNDLE, INITIAL_META, deps(manifestUrl));
      expect(r2.meta.status).toBe('rejected');
      expect(r2.meta.lastError).toMatch(/does not match its name/);
      writeFileSync(join(dir, rel), orig);
    } finally {
      writeFileSync(path, good);
    }
  });
});

const DEFAULT_BUNDLE_FOREIGN_KEY = 'mO1E2zx4pZuRSbsyKvNFS6GQ4aURkEZo2AUYD9z2c1A='; // the demo key: not this server's

describe('static origin: private credit lookups', () => {
  it('a listed host reads its bucket file among decoy bucket files naming >= 16 listed hosts, with the live answer; an unlisted host asks nothing', async () => {
    const live = await syncOnce(DEFAULT_BUNDLE, INITIAL_META, deps(s.url));
    const bundle = live.bundle!;
    const set = bundle.creditPrefixes!;
    const account = [...generateCredit(3000, 7)][1234]!;
    const { hash } = await creditQuery(account.site, account.accountId);
    const client = new CreditClient({ fetch: globalThis.fetch, apiUrl: () => manifestUrl, publicKey: s.publicKey });
    asked.length = 0;
    const got = await client.lookupHash(hash, set, 0);
    const plan = client.planFor(hash, set);
    const files = asked.filter((p) => p.startsWith('/credit/'));
    expect(asked[0]).toBe('/manifest.json');
    expect(files.map((p) => p.slice('/credit/'.length, '/credit/'.length + 4)).sort()).toEqual(plan.prefixes);
    expect(files.length).toBeGreaterThan(1);
    expect(plan.prefixes.reduce((n, p) => n + countUnder(set, p), 0)).toBeGreaterThanOrEqual(MIN_BUCKET_HOSTS);
    const entry = matchCredit(got!.entries, account.site, hash);
    expect(entry?.credit?.level).toBe(account.level);

    // the same plan through the live API gives the same entries for the real prefix
    const liveClient = new CreditClient({ fetch: globalThis.fetch, apiUrl: () => s.url, random: () => 0 });
    const liveAnswer = await liveClient.lookupPrefix(plan.real, plan.prefixes);
    expect(got!.entries).toEqual(liveAnswer.entries);

    // an unlisted host: no request of any kind
    asked.length = 0;
    const unlisted = (await creditQuery('douyin', 'surely-not-listed-static-origin')).hash;
    expect(mayHaveRecord(set, unlisted)).toBe(false);
    expect((await client.lookupHash(unlisted, set, 0))!.entries).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('refuses bucket files from a manifest that is not signed by the bundle key', async () => {
    const client = new CreditClient({ fetch: globalThis.fetch, apiUrl: () => manifestUrl, publicKey: DEFAULT_BUNDLE_FOREIGN_KEY });
    await expect(client.lookupPrefix('abcd')).rejects.toThrow(/bad signature/);
  });
});

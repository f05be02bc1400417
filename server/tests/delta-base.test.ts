// Issue 13 (R-SYNC-22): deltas name their base by content hash. Two real server instances with their
// own databases and the SAME signing key publish different bundles under the same version numbers;
// a client that synced from one and then reaches the other must end up with exactly a bundle that
// one of them published, never a merge of the two.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, testServer } from './helpers';
import { INITIAL_META, syncOnce } from '../../lib/sync/client';
import { DEFAULT_BUNDLE } from '../../lib/bundle/default-bundle';
import { bundleHash } from '../../lib/bundle/content-hash';
import { generateKeyPair, signEnvelope } from '../../lib/bundle/signature';
import { BundleSchema, type Bundle } from '../../lib/bundle/schema';
import type { BundleDelta } from '../../lib/api';

type Server = Awaited<ReturnType<typeof testServer>>;
let a: Server;
let b: Server;
beforeAll(async () => {
  const kp = await generateKeyPair();
  [a, b] = await Promise.all([testServer({ signingKey: kp.privateKey }), testServer({ signingKey: kp.privateKey })]);
}, 180_000); // two PGlite instances: slow on a loaded 2-core machine
afterAll(async () => {
  await a?.close();
  await b?.close();
});

const entry = (accountId: string) => ({ site: 'douyin', accountId, reason: 'r', source: 's', since: '2026-11-01' });
async function publishWith(s: Server, ...accounts: string[]) {
  for (const id of accounts) expect((await admin(s.url, '/v1/admin/blacklist', 'POST', entry(id))).status).toBeLessThan(300);
  expect((await admin(s.url, '/v1/admin/bundle', 'POST', {})).status).toBeLessThan(300);
}
/** What a server publishes as its full bundle right now (signature checked by syncOnce). */
async function published(s: Server): Promise<Bundle> {
  const out = await syncOnce(DEFAULT_BUNDLE, INITIAL_META, { fetch: globalThis.fetch, apiUrl: s.url, publicKey: s.publicKey, now: () => 0 });
  return out.bundle!;
}
const deps = (s: Server, over = {}) => ({ fetch: globalThis.fetch, apiUrl: s.url, publicKey: s.publicKey, now: () => 0, ...over });

describe('two instances, one key, different databases', () => {
  it('a client holding A\'s v1 that syncs from B (at v2) gets B\'s bundle, not A\'s v1 patched with B\'s delta', async () => {
    expect(a.publicKey).toBe(b.publicKey);
    await publishWith(a, 'only-on-a');
    await publishWith(b, 'only-on-b');
    const heldFromA = await published(a);
    expect(heldFromA.version).toBe(1);
    await publishWith(b, 'b-second');
    const bV2 = await published(b);
    expect(bV2.version).toBe(2);

    const urls: string[] = [];
    const out = await syncOnce(heldFromA, INITIAL_META, deps(b, { fetch: (i: RequestInfo | URL, init?: RequestInit) => (urls.push(String(i)), fetch(i, init)) }));
    expect(out.meta.status).toBe('ok');
    // the request named A's v1 by content; B did not recognise it and sent its full bundle
    expect(urls[0]).toContain(`since=1&base=${await bundleHash(heldFromA)}`);
    const got = out.bundle!;
    expect(await bundleHash(got)).toBe(await bundleHash(bV2));
    expect(got.blacklist).toHaveLength(2);
    // the merge (A's v1 patched with B's 1→2 delta) would hold A's entry, which B never published
    expect(got.blacklist.map((e) => e.hash)).not.toContain(heldFromA.blacklist[0]!.hash);
  });

  it('the same version number with other content is replaced by the signed bundle of that number', async () => {
    // both at v2 now? bring A to v2 with its own content
    await publishWith(a, 'a-second');
    const heldFromA = await published(a);
    expect(heldFromA.version).toBe(2);
    const out = await syncOnce(heldFromA, INITIAL_META, deps(b));
    expect(out.meta.status).toBe('ok');
    expect(await bundleHash(out.bundle!)).toBe(await bundleHash(await published(b)));
  });

  it('a client on B\'s own v2 still gets a small delta to v3 from B', async () => {
    const held = await published(b);
    await publishWith(b, 'b-third');
    const kinds: string[] = [];
    const out = await syncOnce(held, INITIAL_META, deps(b, { fetch: async (i: RequestInfo | URL, init?: RequestInit) => {
      const r = await fetch(i, init);
      kinds.push(r.headers.get('x-liveguard-kind') ?? '');
      return r;
    } }));
    expect(kinds).toEqual(['delta']);
    expect(await bundleHash(out.bundle!)).toBe(await bundleHash(await published(b)));
  });
});

describe('the client checks a delta\'s hashes itself', () => {
  it('a signed delta whose base is not the held bundle is not applied; the client falls back to the full bundle', async () => {
    const held = await published(a);
    const wrong: BundleDelta = {
      schemaVersion: 1, from: held.version, fromHash: 'f'.repeat(64), version: held.version + 1, hash: 'e'.repeat(64),
      issuedAt: new Date(0).toISOString(), blacklistAdd: [{ site: 'douyin', hash: 'a'.repeat(16), reason: 'merged', source: 'x', since: '2026-01-01' }], blacklistRemove: [],
    };
    const env = JSON.stringify(await signEnvelope('delta', JSON.stringify(wrong), a.key.privateKey, a.key.publicKey));
    const urls: string[] = [];
    const out = await syncOnce(held, INITIAL_META, deps(a, { fetch: async (i: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(i));
      return urls.length === 1 ? new Response(env, { status: 200 }) : fetch(i, init);
    } }));
    expect(urls).toHaveLength(2);
    expect(urls[1]).toBe(`${a.url}/v1/bundle`);
    expect(out.meta.status).toBe('ok');
    expect(out.bundle).toBeNull(); // the full bundle is the one held: nothing merged, nothing changed
    expect(BundleSchema.parse(held).blacklist.some((e) => e.reason === 'merged')).toBe(false);
  });

  it('the server refuses a malformed base', async () => {
    expect((await fetch(`${a.url}/v1/bundle?since=1&base=zz`)).status).toBe(400);
    expect((await fetch(`${a.url}/v1/bundle?base=${'a'.repeat(64)}`)).status).toBe(400);
  });
});

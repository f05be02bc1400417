// Issue 13 (R-SYNC-22): a way back for clients after a server reset, and key rotation.
// Real servers and databases; the client is lib/sync's syncOnce with the real fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, testServer } from './helpers';
import { INITIAL_META, isStale, STALE_AFTER_MS, syncOnce } from '../../lib/sync/client';
import { DEFAULT_BUNDLE } from '../../lib/bundle/default-bundle';
import { bundleHash } from '../../lib/bundle/content-hash';
import { generateKeyPair, signEnvelope } from '../../lib/bundle/signature';
import { resetAndPublish } from '../src/store/bundles';
import type { Bundle } from '../../lib/bundle/schema';

type Server = Awaited<ReturnType<typeof testServer>>;
let key: { publicKey: string; privateKey: string };
let next: { publicKey: string; privateKey: string };
/** A: the server before the reset; B: the same key on a wiped (fresh) database */
let A: Server;
let B: Server;
let aV1Envelope = '';
beforeAll(async () => {
  [key, next] = await Promise.all([generateKeyPair(), generateKeyPair()]);
  A = await testServer({ signingKey: key.privateKey });
  await publish(A);
  aV1Envelope = await (await fetch(`${A.url}/v1/bundle`)).text();
  await publish(A, 2);
  // started after A's bundles were issued, as a wiped database is
  B = await testServer({ signingKey: key.privateKey });
}, 180_000); // two PGlite instances: slow on a loaded 2-core machine
afterAll(async () => {
  for (const s of [A, B]) await s?.close();
});
async function publish(s: Server, n = 1) {
  for (let i = 0; i < n; i++) expect((await admin(s.url, '/v1/admin/bundle', 'POST', {})).status).toBe(201);
}
const deps = (s: Server, over: Partial<Parameters<typeof syncOnce>[2]> = {}) => ({ fetch: globalThis.fetch, apiUrl: s.url, publicKey: key.publicKey, now: () => 0, ...over });
async function take(s: Server, held: Bundle = DEFAULT_BUNDLE) {
  const out = await syncOnce(held, INITIAL_META, deps(s));
  expect(out.meta.status).toBe('ok');
  return out.bundle ?? held;
}

describe('after a server reset', () => {
  it('a fresh database signs a reset, and a client holding a higher version takes its bundles', async () => {
    const held = await take(A);
    expect(held.version).toBe(3);
    await publish(B);
    const reset = await (await fetch(`${B.url}/v1/bundle/reset`)).json();
    expect(reset).toMatchObject({ kind: 'reset', envelope: 1 });
    const out = await syncOnce(held, INITIAL_META, deps(B));
    expect(out.meta).toMatchObject({ status: 'ok', lastError: null });
    expect(out.bundle?.version).toBe(1);
    // and the held bundle is now on the new lineage: later bundles are ordinary updates
    await publish(B);
    expect((await syncOnce(out.bundle!, INITIAL_META, deps(B))).bundle?.version).toBe(2);
  });

  it('a replayed lower-numbered bundle is refused when the held bundle is newer than the reset', async () => {
    const v3 = await take(A);
    expect(v3.version).toBe(3);
    const replay = await syncOnce(v3, INITIAL_META, deps(A, { fetch: async (i, init) => (String(i).endsWith('/v1/bundle/reset') ? fetch(i, init) : new Response(aV1Envelope)) }));
    expect(replay.meta).toMatchObject({ status: 'rejected', lastError: 'version 1 is older than the held 3' });
    expect(replay.bundle).toBeNull();
  });

  it('after restoring an older backup, `npm run admin -- reset` brings clients back', async () => {
    const held = await take(A);
    expect(held.version).toBe(3);
    // restore a backup taken at version 1
    await A.db.query('DELETE FROM bundle_versions WHERE version > 1');
    const refused = await syncOnce(held, INITIAL_META, deps(A));
    expect(refused.meta).toMatchObject({ status: 'rejected', lastError: 'version 1 is older than the held 3' });
    const r = await resetAndPublish(A.db);
    expect(r.version).toBe(2);
    const back = await syncOnce(held, INITIAL_META, deps(A));
    expect(back.meta.status).toBe('ok');
    expect(back.bundle?.version).toBe(2);
    expect(await bundleHash(back.bundle!)).not.toBe(await bundleHash(held));
  });
});

describe('key rotation', () => {
  it('a client built with the next key too takes bundles signed by either; one without it refuses the new key, reset or not', async () => {
    const both = [key.publicKey, next.publicKey];
    expect((await syncOnce(DEFAULT_BUNDLE, INITIAL_META, deps(A, { publicKey: both }))).meta.status).toBe('ok');
    // the server switched to the next key (LIVEGUARD_SIGNING_KEY): its bundle, signed with it, at B's URL (whose reset is real)
    const current = await take(B);
    const resigned = JSON.stringify(await signEnvelope('full', JSON.stringify({ ...current, version: current.version + 1 }), next.privateKey, next.publicKey));
    const servedByNextKey = (over: object) => deps(B, { fetch: async (i: RequestInfo | URL, init?: RequestInit) => (String(i).endsWith('/v1/bundle/reset') ? fetch(i, init) : new Response(resigned)), ...over });
    const rotated = await syncOnce(current, INITIAL_META, servedByNextKey({ publicKey: both }));
    expect(rotated.meta.status).toBe('ok');
    expect(rotated.bundle?.version).toBe(current.version + 1);
    expect((await syncOnce(current, INITIAL_META, servedByNextKey({}))).meta).toMatchObject({ status: 'rejected', lastError: 'bad signature' });
  });
});

describe('freshness limit', () => {
  it('rules not confirmed for longer than the limit are stale; never synced (built-in rules) is not', () => {
    const t = Date.UTC(2026, 11, 1);
    expect(isStale({ status: 'ok', lastSyncAt: t }, t + STALE_AFTER_MS)).toBe(false);
    expect(isStale({ status: 'error', lastSyncAt: t }, t + STALE_AFTER_MS + 1)).toBe(true);
    expect(isStale({ status: 'never', lastSyncAt: null }, t)).toBe(false);
  });
});

// R-CREDIT-13/14/15 through the real `creditForHost` handler, the real companion API (demo data)
// and real Dexie (fake-indexeddb): only a hash prefix is requested; the answer merges the record,
// the blacklist and the viewer's own complaints; offline, the persisted cache answers. Issue 14:
// the server's own bundle (its prefix set) is what the background holds; unlisted hosts ask nothing.
// WXT's fakeBrowser stands in for the browser APIs (storage, messaging), which cannot run in Node.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { testServer } from './helpers';
import { registerCredit } from '../../lib/credit/background';
import { creditCache, syncApiUrl, syncedBundle } from '../../lib/storage';
import { currentVersion, fullBundle } from '../src/store/bundles';
import type { Bundle } from '../../lib/bundle/schema';
import { db } from '../../lib/db/database';
import { saveComplaint } from '../../lib/db/complaints';
import { CREDIT_TTL_MS } from '../../lib/sync/credit-client';
import { DEMO_HOST } from '../src/seed/demo';
import { makeComplaint } from '../../tests/unit/complaints/make-complaint';
import type { RequestOf, ResponseOf, MessageType } from '../../lib/messaging';

/** set the API URL and resolve once storage watchers (the credit background's first) were called */
async function changeApiUrl(url: string) {
  const called = new Promise<void>((resolve) => {
    const unwatch = syncApiUrl.watch(() => {
      unwatch();
      resolve();
    });
  });
  await syncApiUrl.setValue(url);
  await called;
}

Dexie.dependencies.indexedDB = new IDBFactory();
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

let s: Awaited<ReturnType<typeof testServer>>;
let bundle: Bundle;
let closed = false;
let now = Date.parse('2026-12-01T10:00:00Z');
const requested: string[] = [];
const realFetch = globalThis.fetch;
const CONTENT = () => ({ id: fakeBrowser.runtime.id, tab: { id: 3, url: 'https://live.douyin.com/1' }, url: 'https://live.douyin.com/1' });

async function ask(data: RequestOf<'creditForHost'>): Promise<ResponseOf<'creditForHost'>> {
  const replies = (await fakeBrowser.runtime.onMessage.trigger({ liveguard: 1, type: 'creditForHost' as MessageType, data }, CONTENT() as never)) as unknown[];
  const reply = replies.find(Boolean) as { ok: true; data: ResponseOf<'creditForHost'> } | { ok: false; error: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

beforeAll(async () => {
  s = await testServer({ seedDemo: true });
  bundle = (await fullBundle(s.db, await currentVersion(s.db)))!;
  globalThis.fetch = (input, init) => {
    requested.push(String(input));
    return realFetch(input, init);
  };
}, 120_000);
afterAll(async () => {
  globalThis.fetch = realFetch;
  if (!closed) await s?.close();
});
beforeEach(async () => {
  fakeBrowser.reset();
  await syncApiUrl.setValue(s.url);
  await syncedBundle.setValue(bundle);
  registerCredit({ now: () => now });
});

describe('creditForHost', () => {
  it('a low-credit host: level, counts and my own complaints; only a hex prefix goes out', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID(), { input: { page: { url: 'https://live.douyin.com/880088000', site: 'douyin', roomId: '880088000', roomTitle: null, hostName: DEMO_HOST.displayName, hostId: DEMO_HOST.accountId } } });
    await saveComplaint(db(), complaint);
    requested.length = 0;
    const a = await ask({ site: 'douyin', accountId: DEMO_HOST.accountId });
    expect(a).toMatchObject({ status: 'found', credit: { level: 2, complaints: 37, platformPenalties: 2, regulatorNotices: 1 }, blacklist: null, stale: false });
    expect(a.myComplaints.total).toBe(1);
    expect(a.myComplaints.recent[0]!.id).toBe(complaint.id);
    expect(requested).toHaveLength(1);
    // the real 4-hex prefix among decoys: the demo set (10 hosts) is smaller than a bucket, so all of it
    expect(requested[0]).toMatch(new RegExp(`^${s.url}/v1/credit/[0-9a-f]{4}(,[0-9a-f]{4}){5,}$`));
    expect(requested[0]).not.toContain('MS4w');
  });

  it('a blacklisted host carries the server\'s reason, source and date; an unknown host has no record', async () => {
    const b = await ask({ site: 'bilibili', accountId: 'lg-demo-blacklisted' });
    expect(b.blacklist).toEqual({ reason: 'Demo: repeated sales of counterfeit goods and refusal of refunds', source: 'LiveGuard demo dataset', since: '2026-10-01', from: 'server' });
    expect(b.credit?.level).toBe(1);
    requested.length = 0;
    const u = await ask({ site: 'bilibili', accountId: 'lg-never-seen-account' });
    expect(u).toMatchObject({ status: 'none', credit: null, blacklist: null });
    expect(requested).toEqual([]); // not in the bundle's prefix set: nothing asked
    // a bundle without a prefix set: the answer is unavailable, not "no record"
    await syncedBundle.setValue({ ...bundle, creditPrefixes: undefined });
    expect((await ask({ site: 'bilibili', accountId: 'lg-never-seen-account' })).status).toBe('unavailable');
    expect(requested.join(' ')).not.toMatch(/lg-demo|lg-never|bilibili/);
  });

  it('within the TTL the persisted cache answers without a request; past it, offline, the stale cache answers', async () => {
    await ask({ site: 'twitch', accountId: 'lg-demo-low' });
    const cached = Object.keys(await creditCache.getValue());
    expect(cached.length).toBeGreaterThan(0);
    expect(JSON.stringify(await creditCache.getValue())).not.toContain('lg-demo-low');
    // a new background (service worker restart): the stored answer is used, nothing is fetched
    fakeBrowser.runtime.onMessage.removeAllListeners?.();
    registerCredit({ now: () => now });
    requested.length = 0;
    expect((await ask({ site: 'twitch', accountId: 'lg-demo-low' })).credit?.level).toBe(2);
    expect(requested).toEqual([]);
    // offline (a server that refuses connections) and past the TTL
    // another server clears the cache: wait for the background's watcher to have run (a watcher of
    // ours, registered after it, is called after it), not for a time (issue 13: no timing assumptions)
    await changeApiUrl('http://127.0.0.1:9');
    await vi.waitFor(async () => expect(await creditCache.getValue()).toEqual({}));
    await changeApiUrl(s.url);
    await ask({ site: 'twitch', accountId: 'lg-demo-low' });
    const held = await creditCache.getValue();
    await s.close();
    closed = true;
    now += CREDIT_TTL_MS + 1;
    const off = await ask({ site: 'twitch', accountId: 'lg-demo-low' });
    expect(off).toMatchObject({ status: 'found', stale: true, credit: { level: 2 } });
    expect(await creditCache.getValue()).toEqual(held);
    // a listed host with nothing cached: unavailable, not "no record"
    expect((await ask({ site: 'twitch', accountId: 'lg-demo-good' })).status).toBe('unavailable');
    // an unlisted one: "no record" from the bundle's set, offline or not
    expect((await ask({ site: 'twitch', accountId: 'lg-other-account' })).status).toBe('none');
  });
});

// Issue 24: the guardian's clock check against the REAL companion server (PGlite, loopback): the
// heartbeat reads the server's `Date` header (exposed to the extension's origin by CORS) and turns
// a computer clock 3 h fast into a skew, logged. WXT's fakeBrowser stands in for storage (Node).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { testServer } from './helpers';
import { checkServerClock } from '../../lib/protection/heartbeat';
import { loadProtectionState, resetProtectionDbForTests } from '../../lib/db/protection-state';
import { forgetCachedState } from '../../lib/protection/store';
import { syncApiUrl } from '../../lib/storage';

let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());
beforeEach(() => {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  resetProtectionDbForTests();
  forgetCachedState();
  fakeBrowser.reset();
});

describe('guardian clock check against the companion server', () => {
  it('the server exposes Date to the extension and a 3 h fast clock becomes a logged skew', async () => {
    const res = await fetch(`${server.url}/healthz`, { headers: { Origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' } });
    expect(res.headers.get('access-control-expose-headers') ?? '').toMatch(/\bDate\b/i);
    await syncApiUrl.setValue(server.url);
    const fast = { now: () => Date.now() + 3 * 3_600_000, timeZone: () => 'Asia/Shanghai' };
    await checkServerClock(fast);
    const s = await loadProtectionState();
    expect(Math.abs(s.watch.skewMs - 3 * 3_600_000)).toBeLessThan(5_000);
    expect(s.log.at(-1)).toMatchObject({ kind: 'clock-server', detail: 'clock wrong' });
  });

  it('no server configured: nothing is asked and nothing changes (never needed offline)', async () => {
    let asked = 0;
    await checkServerClock({ now: () => Date.now() + 3 * 3_600_000, timeZone: () => 'UTC' }, (async () => {
      asked++;
      throw new Error('offline');
    }) as typeof fetch);
    expect(asked).toBe(0);
    expect((await loadProtectionState()).watch.skewMs).toBe(0);
  });
});

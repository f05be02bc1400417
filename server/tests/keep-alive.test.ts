// The API holds idle keep-alive sockets for 65 s (src/keep-alive.ts: the 5 s default raced Node's
// fetch reusing a socket and failed a CI run with ECONNRESET), and a shutdown still does not wait.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { testServer } from './helpers';
import { IDLE_KEEP_ALIVE_MS } from '../src/keep-alive';

let s: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  s = await testServer();
});
afterAll(async () => {
  await s?.close();
});

describe('idle keep-alive connections (src/keep-alive.ts)', () => {
  it('advertises the idle time to clients, well above the 5 s default that raced their pools', async () => {
    const res = await fetch(`${s.url}/healthz`);
    await res.arrayBuffer();
    expect(IDLE_KEEP_ALIVE_MS).toBeGreaterThan(60_000); // above the proxies' 60 s upstream idle time
    expect(res.headers.get('keep-alive')).toBe(`timeout=${IDLE_KEEP_ALIVE_MS / 1000}`);
  });

  it('close() does not wait for an idle keep-alive socket', async () => {
    const other = await testServer();
    const agent = new http.Agent({ keepAlive: true });
    const status = await new Promise<number>((resolve, reject) => {
      http.get(`${other.url}/healthz`, { agent }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode!)); }).on('error', reject);
    });
    expect(status).toBe(200);
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(1); // the socket sits idle in the pool
    const t0 = Date.now();
    await other.close();
    expect(Date.now() - t0).toBeLessThan(10_000); // not the 65 s idle time
    agent.destroy();
  });
});

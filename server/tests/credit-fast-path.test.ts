// Issue 22: credit lookup hits are answered in front of Hono (src/credit-fast-path.ts). The answer
// must be the route's own: same status, headers and bytes as a server without the fast path, on
// hits, 304s and everything the fast path leaves to Hono; and a write through this instance is
// never answered from the old bytes.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { request } from 'node:http';
import { admin, testServer } from './helpers';
import { generateCredit } from '../src/credit-generate';
import { creditHash } from '../src/store/credit';

type Server = Awaited<ReturnType<typeof testServer>>;
let fast: Server;
let plain: Server;
const records = [...generateCredit(400, 31)];
const prefixOf = (i: number) => creditHash(records[i]!).slice(0, 4);
// a sorted list of distinct 4-hex prefixes of real records, as the extension sends them
const list = [...new Set([0, 1, 2, 3, 4].map(prefixOf))].sort().join(',');

interface Raw { status: number; headers: string[][]; body: string }
/** raw node:http, so header names, values and framing (content-length, no chunking) are compared as sent */
function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { method, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        const h: string[][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) h.push([res.rawHeaders[i]!.toLowerCase(), res.rawHeaders[i + 1]!]);
        // Date is the clock's; Connection is set by the client's agent: false
        const kept = h.filter(([k]) => k !== 'date' && k !== 'connection' && k !== 'keep-alive').sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
        resolve({ status: res.statusCode!, headers: kept, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  // a long version check, so hits are served from memory (the tests' default 0 re-checks every request)
  [fast, plain] = await Promise.all([testServer({ versionCheckMs: 60_000 }), testServer({ versionCheckMs: 60_000, noCreditFastPath: true })]);
  for (const s of [fast, plain]) expect((await admin(s.url, '/v1/admin/credit', 'POST', records)).status).toBe(200);
});
afterAll(async () => {
  await fast?.close();
  await plain?.close();
});

describe('credit lookup hit fast path', () => {
  it('a hit is answered by the fast path with the same status, headers and bytes as the route', async () => {
    const spy = vi.spyOn(fast.lookups, 'hitNow');
    const path = `/v1/credit/${list}`;
    const first = await get(fast.url, path); // a miss: Hono reads and stores it
    const hit = await get(fast.url, path);
    await get(plain.url, path);
    const routeHit = await get(plain.url, path);
    expect(spy.mock.results.filter((r) => r.value !== undefined)).toHaveLength(1); // the second request only
    spy.mockRestore();
    expect(hit.status).toBe(200);
    expect(JSON.parse(hit.body).entries.length).toBeGreaterThanOrEqual(5);
    expect(hit).toEqual(first);
    expect(hit).toEqual(routeHit);
    expect(hit.headers.map(([k]) => k)).toContain('content-length');
    expect(hit.headers.map(([k]) => k)).not.toContain('transfer-encoding');
  });

  it('If-None-Match: 304 for the tag (strong, weak, in a list, *), 200 for another; as the route answers', async () => {
    const path = `/v1/credit/${list}`;
    const etag = (await get(fast.url, path)).headers.find(([k]) => k === 'etag')![1]!;
    for (const inm of [etag, `W/${etag}`, `"nope", ${etag}`, '*', '"nope"']) {
      const a = await get(fast.url, path, { 'if-none-match': inm });
      const b = await get(plain.url, path, { 'if-none-match': inm });
      expect(a.status, inm).toBe(inm === '"nope"' ? 200 : 304);
      expect(a, inm).toEqual(b);
    }
  });

  it('what it does not take goes to Hono: a query, escapes, a trailing slash, HEAD, a bad list', async () => {
    const path = `/v1/credit/${list}`;
    await get(fast.url, path);
    for (const [p, method] of [[`${path}?x=1`, 'GET'], [`${path}?`, 'GET'], [`${path}/`, 'GET'], [path.replace(',', '%2C'), 'GET'], [path, 'HEAD'], ['/v1/credit/', 'GET'], ['/v1/credit/abc', 'GET'], ['/v1/credit/zzzz', 'GET']] as const) {
      expect(await get(fast.url, p, {}, method), `${method} ${p}`).toEqual(await get(plain.url, p, {}, method));
    }
  });

  it('a write through this instance is served at once, never the held bytes', async () => {
    const path = `/v1/credit/${prefixOf(0)}`;
    await get(fast.url, path);
    const before = await get(fast.url, path);
    const changed = { ...records[0]!, complaints: records[0]!.complaints + 1000 };
    expect((await admin(fast.url, '/v1/admin/credit', 'POST', [changed])).status).toBe(200);
    const after = await get(fast.url, path);
    expect(after.body).not.toBe(before.body);
    expect(JSON.parse(after.body).entries.some((e: { credit: { complaints: number } | null }) => e.credit?.complaints === changed.complaints)).toBe(true);
  });
});

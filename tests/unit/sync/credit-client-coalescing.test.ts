/**
 * Identical credit lookups in flight share one request (issue 13: the credit-badges e2e saw the
 * same uncached prefix requested twice). A real HTTP server on loopback counts the requests and
 * holds its answer until every caller has asked.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { CreditClient } from '../../../lib/sync/credit-client';

let server: Server;
let base = '';
let requests: string[] = [];
let release: () => void = () => {};
let gate: Promise<void>;
let status = 200;

beforeEach(async () => {
  requests = [];
  status = 200;
  gate = new Promise((r) => (release = r));
  server = createServer(async (req, res) => {
    requests.push(req.url ?? '');
    await gate;
    const prefix = (req.url ?? '').split('/').pop();
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(status === 200 ? JSON.stringify({ prefix, entries: [] }) : '{"error":"down"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise<void>((r) => server.close(() => r())));

const client = () => new CreditClient({ fetch: (...a) => globalThis.fetch(...a), apiUrl: () => base });

test('three identical lookups in flight make one request and get the same answer', async () => {
  const c = client();
  const answers = [c.lookupPrefix('abcde'), c.lookupPrefix('abcde'), c.lookupPrefix('abcde')];
  await new Promise((r) => setTimeout(r, 50)); // let the first request reach the server
  release();
  const [a, b, d] = await Promise.all(answers);
  expect(requests).toEqual(['/v1/credit/abcde']);
  expect(b).toBe(a);
  expect(d).toBe(a);
});

test('different prefixes are not coalesced, and a finished lookup is not kept in flight', async () => {
  const c = client();
  release();
  await Promise.all([c.lookupPrefix('abcde'), c.lookupPrefix('abcdf')]);
  expect(requests.sort()).toEqual(['/v1/credit/abcde', '/v1/credit/abcdf']);
  // cached now: no new request within the TTL
  await c.lookupPrefix('abcde');
  expect(requests).toHaveLength(2);
});

test('a failed lookup is not remembered: the next one asks again', async () => {
  const c = client();
  status = 503;
  release();
  await expect(Promise.all([c.lookupPrefix('abcde'), c.lookupPrefix('abcde')])).rejects.toThrow(/503/);
  expect(requests).toHaveLength(1);
  status = 200;
  await expect(c.lookupPrefix('abcde')).resolves.toMatchObject({ entries: [], stale: false });
  expect(requests).toHaveLength(2);
});

// issue 14: the private lookup keeps the coalescing: two tabs of one listed host, one request
test('two private lookups of one listed host in flight make one request naming the decoys too', async () => {
  const { buildPrefixSet } = await import('../../../lib/bundle/credit-prefixes');
  const listed = 'abcd' + '0'.repeat(60);
  const others = Array.from({ length: 40 }, (_, i) => i.toString(16).padStart(4, '0') + 'ff' + '0'.repeat(58));
  const set = buildPrefixSet([listed, ...others]);
  const c = client();
  const answers = [c.lookupHash(listed, set, 0), c.lookupHash(listed, set, 0)];
  await new Promise((r) => setTimeout(r, 50));
  release();
  const [a, b] = await Promise.all(answers);
  expect(b).toBe(a);
  expect(requests).toHaveLength(1);
  const sent = requests[0]!.split('/').pop()!.split(',');
  expect(sent).toContain('abcd');
  expect(sent.length).toBeGreaterThanOrEqual(16);
  expect(sent).toEqual([...sent].sort());
  // an unlisted host: no request at all, "no record" from the set
  await expect(c.lookupHash('ffff' + '1'.repeat(60), set, 7)).resolves.toEqual({ entries: [], fetchedAt: 7, stale: false });
  expect(requests).toHaveLength(1);
  // no set (bundle without one): unavailable, and still no request
  await expect(c.lookupHash(listed, undefined, 0)).resolves.toBeNull();
  expect(requests).toHaveLength(1);
});

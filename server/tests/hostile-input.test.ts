// Issue 13: inputs that used to answer 500 or be accepted wrongly, each now a 4xx with a JSON
// reason — out-of-range integers, NUL bytes, deep nesting, impossible dates, Node's own parser
// errors — and CORS on POST /v1/reports only for extension origins (R-SYNC-23).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { admin, testServer } from './helpers';
import { ErrorBodySchema } from '../../lib/api';

let s: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  s = await testServer({ seedDemo: true, reportsPerMinute: 1_000_000, extensionOrigins: ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://*'] });
});
afterAll(() => s?.close());

async function expectJson4xx(r: Response, status?: number) {
  const text = await r.text();
  expect(r.status, text).toBeGreaterThanOrEqual(400);
  expect(r.status, text).toBeLessThan(500);
  if (status) expect(r.status, text).toBe(status);
  expect(r.headers.get('content-type')).toContain('application/json');
  expect(ErrorBodySchema.safeParse(JSON.parse(text)).success, text).toBe(true);
  return JSON.parse(text) as { error: string; reason: string };
}

const REC = { site: 'douyin', accountId: 'hx', level: 3, complaints: 0, platformPenalties: 0, regulatorNotices: 0, updatedAt: '2026-01-01T00:00:00.000Z' };
const CSV_HEAD = 'site,accountId,level,complaints,platformPenalties,regulatorNotices,updatedAt';
const BL = { site: 'douyin', accountId: 'hx-bl', reason: 'r', source: 's', since: '2026-01-01' };
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

describe('admin inputs that reach the database', () => {
  it('an integer beyond the INTEGER column is a 400, not a 500', async () => {
    for (const complaints of [2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
      const e = await expectJson4xx(await admin(s.url, '/v1/admin/credit', 'POST', [{ ...REC, complaints }]), 400);
      expect(e.reason).toMatch(/complaints/);
    }
    await expectJson4xx(await admin(s.url, '/v1/admin/credit', 'POST', `${CSV_HEAD}\ndouyin,hx,3,0,0,99999999999,2026-01-01T00:00:00.000Z`, 'text/csv'), 400);
  });

  it('NUL bytes and lone surrogates in stored text are a 400', async () => {
    await expectJson4xx(await admin(s.url, '/v1/admin/credit', 'POST', [{ ...REC, accountId: 'a\u0000b' }]), 400);
    await expectJson4xx(await admin(s.url, '/v1/admin/credit', 'POST', `${CSV_HEAD}\ndouyin,a\u0000b,3,0,0,0,2026-01-01T00:00:00.000Z`, 'text/csv'), 400);
    for (const k of ['reason', 'source', 'displayName', 'accountId'] as const) {
      await expectJson4xx(await admin(s.url, '/v1/admin/blacklist', 'POST', { ...BL, [k]: 'x\u0000y' }), 400);
      await expectJson4xx(await admin(s.url, '/v1/admin/blacklist', 'POST', `{"site":"douyin","accountId":"q","reason":"r","source":"s","since":"2026-01-01","${k}":"\\ud800"}`), 400);
    }
    await expectJson4xx(await admin(s.url, '/v1/admin/blacklist', 'DELETE', { site: 'douyin', accountId: 'a\u0000' }), 400);
  });

  it('deeply nested JSON is a 400 on every JSON endpoint, and the bundle still builds afterwards', async () => {
    await expectJson4xx(await admin(s.url, '/v1/admin/bundle', 'POST', `{"sites":{"douyin":{"x":${deep(200_000)}}}}`), 400);
    await expectJson4xx(await admin(s.url, '/v1/admin/credit', 'POST', deep(200_000)), 400);
    await expectJson4xx(await admin(s.url, '/v1/admin/blacklist', 'POST', deep(100)), 400);
    const r = await fetch(`${s.url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deep(1000) });
    await expectJson4xx(r, 400);
    expect((await fetch(`${s.url}/v1/bundle`)).status).toBe(200);
    // brackets inside strings do not count as nesting
    const ok = await admin(s.url, '/v1/admin/blacklist', 'POST', { ...BL, accountId: 'hx-brackets', reason: '['.repeat(300) });
    expect(ok.status).toBe(201);
  });

  it('dates are real calendar days (9999-99-99, 2023-02-30, 2023-02-29 refused; 2024-02-29 accepted)', async () => {
    for (const since of ['9999-99-99', '2023-02-30', '2023-02-29', '2026-13-01', '2026-04-31']) {
      const e = await expectJson4xx(await admin(s.url, '/v1/admin/blacklist', 'POST', { ...BL, since }), 400);
      expect(e.reason).toMatch(/since/);
    }
    expect((await admin(s.url, '/v1/admin/blacklist', 'POST', { ...BL, accountId: 'leap', since: '2024-02-29' })).status).toBe(201);
    await expectJson4xx(await admin(s.url, '/v1/admin/credit', 'POST', [{ ...REC, updatedAt: '2023-02-30T00:00:00Z' }]), 400);
    const report = { site: 'douyin', accountHash: 'a'.repeat(64), categories: ['off_platform'], ruleIds: [], severity: 'warning', findingsCount: 1, day: '2023-02-30' };
    await expectJson4xx(await fetch(`${s.url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(report) }), 400);
  });
});

/** Raw bytes over TCP: what Node's HTTP parser rejects never reaches Hono. */
function rawExchange(data: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const c = connect(s.port, '127.0.0.1');
    let out = '';
    c.on('data', (d) => (out += d.toString('latin1')));
    c.on('close', () => resolve(out));
    c.on('error', () => undefined);
    c.write(data);
  });
}
export function parseRawReply(out: string) {
  const [head, ...rest] = out.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head ?? '')?.[1]);
  return { status, head: head ?? '', body: rest.join('\r\n\r\n') };
}

describe("Node's own parser errors answer JSON", () => {
  const cases: Array<[string, string, number]> = [
    ['oversized headers', `GET /v1/bundle HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['malformed request line', 'GARBAGE\r\n\r\n', 400],
    ['two different Content-Length', 'POST /v1/reports HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab', 400],
    ['control byte in the path', 'GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['bad chunk size', 'POST /v1/reports HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 400],
    ['header without colon', 'GET / HTTP/1.1\r\nHost: x\r\nnocolon\r\n\r\n', 400],
  ];
  for (const [what, data, status] of cases) {
    it(`${what} → ${status} with a JSON reason`, async () => {
      const r = parseRawReply(await rawExchange(data));
      expect(r.status, r.head).toBe(status);
      expect(r.head.toLowerCase()).toContain('content-type: application/json');
      expect(ErrorBodySchema.safeParse(JSON.parse(r.body)).success, r.body).toBe(true);
    });
  }
});

describe('CORS and Origin on POST /v1/reports', () => {
  const REPORT = { site: 'douyin', accountHash: 'b'.repeat(64), categories: ['off_platform'], ruleIds: [], severity: 'warning', findingsCount: 1, day: '2026-11-02' };
  const post = (origin?: string) =>
    fetch(`${s.url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) }, body: JSON.stringify(REPORT) });
  const preflight = (origin: string) =>
    fetch(`${s.url}/v1/reports`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('grants the configured extension origins, reflected, with Vary: Origin', async () => {
    for (const origin of ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://0b1c2d3e-aaaa-bbbb-cccc-0123456789ab']) {
      const p = await preflight(origin);
      expect(p.headers.get('access-control-allow-origin')).toBe(origin);
      const r = await post(origin);
      expect(r.status).toBe(201);
      expect(r.headers.get('access-control-allow-origin')).toBe(origin);
      expect(r.headers.get('vary')?.toLowerCase()).toContain('origin');
    }
  });

  it('refuses web pages and other extensions: no CORS grant, and 403 on the request itself', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1:8787', 'null', 'chrome-extension://otherextensionidotherextension']) {
      const p = await preflight(origin);
      expect(p.headers.get('access-control-allow-origin'), origin).toBeNull();
      const r = await post(origin);
      expect((await expectJson4xx(r, 403)).error).toBe('forbidden_origin');
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('a client that is not a browser (no Origin) can still post', async () => {
    expect((await post()).status).toBe(201);
  });
});

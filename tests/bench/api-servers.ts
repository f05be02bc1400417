/**
 * Child process for api.bench.ts (so load generator and servers do not share one event loop):
 * the real API (demo dataset) and a bare node:http server that returns the very same bundle bytes
 * and headers. Prints one JSON line {api, bare, etag, bytes} and runs until killed.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../server/src/server';

const api = await startServer({ port: 0, dataDir: 'memory://', seedDemo: true, versionCheckMs: 2000 });
// node:http, not fetch, so the compressed bytes and headers are exactly what the API sends
const { raw, headers } = await new Promise<{ raw: Buffer; headers: Record<string, string> }>((resolve) => {
  request(`${api.url}/v1/bundle`, { headers: { 'accept-encoding': 'br' } }, (r) => {
    const c: Buffer[] = [];
    r.on('data', (d) => c.push(d));
    r.on('end', () => resolve({ raw: Buffer.concat(c), headers: r.headers as Record<string, string> }));
  }).end();
});
const keep = Object.fromEntries(Object.entries(headers).filter(([k]) => !['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding'].includes(k)));
const bare = createServer((_req, r) => {
  r.writeHead(200, { ...keep, 'content-length': raw.length });
  r.end(raw);
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
console.log(JSON.stringify({ api: api.url, bare: `http://127.0.0.1:${(bare.address() as AddressInfo).port}`, etag: headers.etag, bytes: raw.length }));

/**
 * Companion API benchmark (issue 4), one run:
 *  1. autocannon on loopback: GET /v1/bundle (br) with and without If-None-Match, and a bare
 *     node:http server returning the same bytes; req/s, p99 and the ratio (target >= 0.7).
 *  2. size: a bundle with 100k blacklist entries, compressed (target <= 1.5 MB), and the delta
 *     of 100 changes (target <= 10 KB compressed).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { startServer } from '../../server/src/server';
import { publish, fullBundle, delta, versionHash } from '../../server/src/store/bundles';
import { signEnvelope, generateKeyPair } from '../../lib/bundle/signature';

const DURATION = Number(process.env.LG_BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

async function load(url: string, headers: Record<string, string>) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return { rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, codes: r.statusCodeStats };
}
const line = (name: string, x: { rps: number; p99: number }) => console.log(`${name.padEnd(40)} ${x.rps.toFixed(0).padStart(8)} req/s   p99 ${x.p99} ms`);
const target = (ok: boolean, what: string) => console.log(`${ok ? 'TARGET MET' : 'TARGET MISSED'}: ${what}`);

async function throughput() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/api-servers.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const first = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
    const info = JSON.parse(first) as { api: string; bare: string; etag: string; bytes: number };
    console.log(`bundle (demo dataset) ${info.bytes} B brotli; ${CONNECTIONS} connections, ${DURATION} s each, loopback`);
    const enc = { 'accept-encoding': 'br' };
    await load(`${info.api}/v1/bundle`, enc); // warm-up (JIT, caches), not reported
    const api = await load(`${info.api}/v1/bundle`, enc);
    const api304 = await load(`${info.api}/v1/bundle`, { ...enc, 'if-none-match': info.etag });
    const bare = await load(info.bare, enc);
    line('API GET /v1/bundle (200, br)', api);
    line('API GET /v1/bundle If-None-Match (304)', api304);
    line('bare node:http, same bytes (200)', bare);
    console.log(`status codes: 200-run ${JSON.stringify(Object.keys(api.codes ?? {}))}, 304-run ${JSON.stringify(Object.keys(api304.codes ?? {}))}`);
    const ratio = api.rps / bare.rps;
    console.log(`ratio API/bare (200): ${ratio.toFixed(2)}; 304/bare: ${(api304.rps / bare.rps).toFixed(2)}`);
    target(ratio >= 0.7, `API >= 0.7 of bare node:http (${ratio.toFixed(2)})`);
  } finally {
    child.kill();
  }
}

const REASONS = ['售假：多次销售假冒品牌商品', '拒不退款，诱导私下交易', 'Counterfeit goods, repeated', 'Refund refusal and off-platform payment', '虚假宣传：夸大功效', '冒充官方直播间'];
const SOURCES = ['平台处罚公告', '市场监管部门通报', 'LiveGuard community reports'];

async function sizes() {
  const kp = await generateKeyPair();
  const s = await startServer({ port: 0, dataDir: 'memory://', signingKey: kp.privateKey });
  try {
    const t0 = Date.now();
    // 100k synthetic entries in one statement: random account hashes made by the database itself
    await s.db.query(
      `INSERT INTO blacklist (site, account_id, hash, reason, source, since, created_at)
       SELECT (ARRAY['douyin','kuaishou','taobao','bilibili','tiktok','youtube','twitch'])[1 + i % 7], 'acct-' || i,
              encode(sha256(convert_to('acct-' || i || ':' || random()::text, 'UTF8')), 'hex'),
              ($1::text[])[1 + i % 6], ($2::text[])[1 + i % 3],
              to_char(DATE '2024-01-01' + (i % 700), 'YYYY-MM-DD'), '2026-01-01T00:00:00Z'
       FROM generate_series(1, 100000) AS i`,
      [REASONS, SOURCES],
    );
    const v1 = await publish(s.db, {});
    const full = JSON.stringify(await signEnvelope('full', JSON.stringify(await fullBundle(s.db, v1)), kp.privateKey, kp.publicKey));
    const br = brotliCompressSync(full, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length;
    const gz = gzipSync(full, { level: 9 }).length;
    console.log(`\n100k-entry bundle: ${(full.length / 1e6).toFixed(2)} MB raw, ${(br / 1e6).toFixed(2)} MB brotli, ${(gz / 1e6).toFixed(2)} MB gzip (built in ${Date.now() - t0} ms)`);
    target(br <= 1.5e6, `100k-entry bundle <= 1.5 MB compressed (brotli ${(br / 1e6).toFixed(2)} MB)`);
    // 100 changes: 50 removals and 50 additions
    await s.db.query(`UPDATE blacklist SET removed_at = '2026-02-01T00:00:00Z' WHERE id <= 50`);
    await s.db.query(
      `INSERT INTO blacklist (site, account_id, hash, reason, source, since, created_at)
       SELECT 'douyin', 'new-' || i, encode(sha256(convert_to('new-' || i, 'UTF8')), 'hex'), $1, $2, '2026-02-01', '2026-02-01T00:00:00Z'
       FROM generate_series(1, 50) AS i`,
      [REASONS[0], SOURCES[0]],
    );
    const v2 = await publish(s.db, {});
    const d = await delta(s.db, v1, v2, (await versionHash(s.db, v1))!);
    const dj = JSON.stringify(await signEnvelope('delta', JSON.stringify(d), kp.privateKey, kp.publicKey));
    const dbr = brotliCompressSync(dj).length;
    console.log(`delta of ${d!.blacklistAdd.length} adds + ${d!.blacklistRemove.length} removes: ${dj.length} B raw, ${dbr} B brotli, ${gzipSync(dj).length} B gzip`);
    target(dbr <= 10_000, `delta of 100 changes <= 10 KB compressed (${dbr} B)`);
  } finally {
    await s.close();
  }
}

await throughput();
await sizes();

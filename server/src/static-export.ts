/**
 * `npm run admin -- export-static DIR [--bucket-hex 4]` (issue 22): writes the public API as static
 * files (lib/api/static-export.ts): the signed bundle, its signed deltas, one credit file per
 * prefix bucket with a content-hash name, a signed manifest, and `_headers` with the cache rules
 * for hosts that read it (Netlify, Cloudflare Pages; other CDNs: same rules by path).
 * Credit is read in hash order by keyset pages, so memory holds one page plus the live blacklist.
 * Where the time went at 10^6 (profile, issue 22): synchronous writes of 65,536 files (26 s) and
 * waiting for each page's query (30 s idle). So a page's files are written asynchronously (the
 * thread pool writes several at once) while the next page is already being read; the pages
 * themselves are index-only scans of the covering credit_hash (migration 5).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { hash } from 'node:crypto';
import { join } from 'node:path';
import * as ed from '@noble/ed25519';
import { STATIC_FORMAT, type SignedManifest, type StaticManifest } from '../../lib/api';
import { keyIdOf } from '../../lib/bundle/signature';
import { fromBase64, toBase64 } from '../../lib/shared/base64';
import type { Db } from './db/types';
import type { KeyPair } from './keys';
import { BundleCache } from './bundle-cache';
import { MAX_DELTA_SPAN, versionHash } from './store/bundles';
import { BLACKLIST_COLS, CREDIT_COLS, mergeCreditEntries, type BlacklistRow, type CreditRow } from './store/credit';

const PAGE = 20_000;
const hash16 = (bytes: Uint8Array | string) => hash('sha256', bytes, 'hex').slice(0, 16);

export interface ExportResult { manifest: StaticManifest; files: number; bytes: number }

/** `pageSize`: credit rows per keyset page (tests: small pages, so buckets straddle pages and prefetching is exercised) */
export async function exportStatic(db: Db, key: KeyPair, dir: string, opts: { bucketHex?: number; now?: Date; pageSize?: number } = {}): Promise<ExportResult> {
  const bucketHex = opts.bucketHex ?? 4;
  const pageSize = opts.pageSize ?? PAGE;
  if (!Number.isInteger(bucketHex) || bucketHex < 4 || bucketHex > 8) throw new Error('--bucket-hex must be 4..8');
  for (const sub of ['bundle', 'credit']) mkdirSync(join(dir, sub), { recursive: true });
  let files = 0;
  let bytes = 0;
  /** the current page's writes: awaited before the next page's, so at most one page of files is in memory */
  const writing: Array<Promise<void>> = [];
  const put = (sub: string, stem: string, body: Uint8Array | string) => {
    const rel = `${sub}/${stem}.${hash16(body)}.json`;
    writing.push(writeFile(join(dir, rel), body));
    files++;
    bytes += typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
    return rel;
  };

  // bundle and deltas: the very bytes the live API serves (BundleCache renders them)
  const cache = new BundleCache(db, key, 0);
  const version = await cache.current();
  const full = version ? await cache.getFull() : null;
  const bundle = full ? put('bundle', `full-${version}`, full.bodies.identity) : null;
  const deltas: Record<string, string> = {};
  for (let since = Math.max(1, version - MAX_DELTA_SPAN); since < version; since++) {
    // deltas are named by their base's content hash (a client holding `since` sends it)
    const d = await cache.getSince(since, (await versionHash(db, since)) ?? undefined);
    if (d?.kind === 'delta') deltas[String(since)] = put('bundle', `delta-${since}-${version}`, d.bodies.identity);
  }

  // live blacklist by bucket (bounded: the bundle carries the same entries), then credit in hash order
  const blackByBucket = new Map<string, BlacklistRow[]>();
  for (const r of await db.query<BlacklistRow>(`SELECT ${BLACKLIST_COLS} FROM blacklist WHERE removed_at IS NULL`)) {
    const b = r.hash!.slice(0, bucketHex);
    (blackByBucket.get(b) ?? blackByBucket.set(b, []).get(b)!).push(r);
  }
  const buckets: Record<string, string> = {};
  const flush = (bucket: string, rows: CreditRow[]) => {
    const black = blackByBucket.get(bucket) ?? [];
    blackByBucket.delete(bucket);
    buckets[bucket] = put('credit', bucket, JSON.stringify({ prefix: bucket, entries: mergeCreditEntries(rows, black) }));
  };
  let records = 0;
  let current: { bucket: string; rows: CreditRow[] } | null = null;
  const readPage = (after: string) => db.query<CreditRow>(`SELECT ${CREDIT_COLS} FROM credit WHERE hash > $1 ORDER BY hash LIMIT ${pageSize}`, [after]);
  let next = readPage('');
  for (;;) {
    const page = await next;
    // the next page is read while this one is rendered and written
    if (page.length === pageSize) {
      next = readPage(String(page[page.length - 1]!.hash));
      next.catch(() => undefined); // a failed write below must not leave this rejection unhandled; awaiting it still throws
    }
    for (const r of page) {
      const b = String(r.hash).slice(0, bucketHex);
      if (current && current.bucket !== b) flush(current.bucket, current.rows);
      if (!current || current.bucket !== b) current = { bucket: b, rows: [] };
      current.rows.push(r);
    }
    records += page.length;
    await Promise.all(writing.splice(0));
    if (page.length < pageSize) break;
  }
  if (current) flush(current.bucket, current.rows);
  for (const b of [...blackByBucket.keys()]) flush(b, []); // buckets with blacklist entries only
  await Promise.all(writing.splice(0));

  const manifest: StaticManifest = {
    format: STATIC_FORMAT, exportedAt: (opts.now ?? new Date()).toISOString(), bundleVersion: version, bundle, deltas,
    credit: { bucketHex, records, buckets: Object.fromEntries(Object.entries(buckets).sort(([a], [b]) => (a < b ? -1 : 1))) },
  };
  const payload = JSON.stringify(manifest);
  const signed: SignedManifest = {
    keyId: await keyIdOf(key.publicKey),
    signature: toBase64(await ed.signAsync(new TextEncoder().encode(payload), fromBase64(key.privateKey))),
    payload,
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(signed));
  writeFileSync(
    join(dir, '_headers'),
    [
      '# cache rules for the static LiveGuard API (issue 22): content-hash names never change',
      '/bundle/*', '  Cache-Control: public, max-age=31536000, immutable', '  Access-Control-Allow-Origin: *',
      '/credit/*', '  Cache-Control: public, max-age=31536000, immutable', '  Access-Control-Allow-Origin: *',
      '/manifest.json', '  Cache-Control: public, max-age=60, must-revalidate', '  Access-Control-Allow-Origin: *', '',
    ].join('\n'),
  );
  return { manifest, files: files + 2, bytes: bytes + Buffer.byteLength(JSON.stringify(signed)) };
}

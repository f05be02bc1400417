/**
 * GET /v1/bundle[?since=N&base=H] (R-SYNC-22): the signed current bundle, or a signed delta from N
 * when H, the content hash of the client's bundle N, is ours (the full bundle otherwise, or when N
 * is too old). Strong ETag per encoding, If-None-Match → 304, br/gzip.
 */
import { Hono } from 'hono';
import type { Deps } from '../deps';
import type { Encoding, Rendered } from '../bundle-cache';
import { fail } from '../http-errors';
import { latestReset } from '../store/bundles';
import { signEnvelope } from '../../../lib/bundle/signature';
import { ResetSchema } from '../../../lib/api/reset';
import { BundleHashPattern } from '../../../lib/bundle/content-hash';

function pickEncoding(accept: string | undefined): Encoding {
  const a = (accept ?? '').toLowerCase();
  if (/\bbr\b/.test(a)) return 'br';
  if (/\bgzip\b/.test(a)) return 'gzip';
  return 'identity';
}

function matches(ifNoneMatch: string | undefined, r: Rendered): boolean {
  if (!ifNoneMatch) return false;
  const tags = new Set(Object.values(r.etags));
  return ifNoneMatch.split(',').some((t) => tags.has(t.trim().replace(/^W\//, '')) || t.trim() === '*');
}

export function bundleRoutes(deps: Deps) {
  return new Hono()
    // the signed reset (lib/api/reset.ts); clients ask only when a bundle is numbered below theirs
    .get('/v1/bundle/reset', async (c) => {
      if (Object.keys(c.req.queries()).length) return fail(c, 400, 'unknown_parameter', 'no query parameters here');
      const resetAt = await latestReset(deps.db);
      if (!resetAt) return fail(c, 404, 'no_reset', 'this server has no reset');
      const env = await signEnvelope('reset', JSON.stringify(ResetSchema.parse({ resetAt })), deps.key.privateKey, deps.key.publicKey);
      c.header('access-control-allow-origin', '*');
      c.header('cache-control', 'no-cache');
      return c.json(env);
    })
    .get('/v1/bundle', async (c) => {
    const q = c.req.queries();
    for (const k of Object.keys(q)) if (k !== 'since' && k !== 'base') return fail(c, 400, 'unknown_parameter', `unknown query parameter '${k}'`);
    const sinceRaw = q.since;
    if (sinceRaw && (sinceRaw.length !== 1 || !/^\d{1,9}$/.test(sinceRaw[0]!))) return fail(c, 400, 'bad_since', 'since must be one non-negative integer version');
    const baseRaw = q.base;
    if (baseRaw && (baseRaw.length !== 1 || !sinceRaw || !BundleHashPattern.test(baseRaw[0]!))) return fail(c, 400, 'bad_base', 'base must be one 64-hex content hash, with since');
    const r = sinceRaw ? await deps.cache.getSince(Number(sinceRaw[0]), baseRaw?.[0]) : await deps.cache.getFull();
    if (!r) return fail(c, 404, 'no_bundle', 'no bundle has been published yet');
    const enc = pickEncoding(c.req.header('accept-encoding'));
    const headers: Record<string, string> = {
      etag: r.etags[enc],
      'cache-control': 'public, max-age=60, must-revalidate',
      vary: 'Accept-Encoding',
      'x-liveguard-version': String(r.version),
      'x-liveguard-kind': r.kind,
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'ETag, X-LiveGuard-Version, X-LiveGuard-Kind',
    };
    if (matches(c.req.header('if-none-match'), r)) return c.body(null, 304, headers);
    headers['content-type'] = 'application/json';
    if (enc !== 'identity') headers['content-encoding'] = enc;
    return c.body(r.bodies[enc] as Uint8Array<ArrayBuffer>, 200, headers);
  });
}

/**
 * The headers of a credit lookup answer (GET /v1/credit/<prefixes>) and its ETag match: one
 * definition for the Hono route (routes/credit.ts) and the hit fast path in front of it
 * (credit-fast-path.ts), so both answer the same thing.
 */

export const CREDIT_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=600, stale-if-error=86400';

/** Headers of a 304 (and, with content-type, of a 200) for the answer with this ETag. */
export function creditAnswerHeaders(etag: string): Record<string, string> {
  return {
    // a CDN may keep each prefix list 5 min, serve it stale while refetching, and ride out an origin outage for a day
    'cache-control': CREDIT_CACHE_CONTROL,
    etag,
    // set here rather than by the cors middleware (only the preflight goes through it): the hot path
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'ETag, X-LiveGuard-Version, X-LiveGuard-Kind, Date',
  };
}

/** If-None-Match against a strong ETag: any listed tag (weak or strong form) or `*` */
export const etagMatches = (ifNoneMatch: string | undefined, etag: string) =>
  !!ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');

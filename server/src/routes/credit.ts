/**
 * GET /v1/credit/:prefixes (R-CREDIT-15, issue 14): every account under any of up to 64
 * comma-separated 4-8 hex prefixes (the viewer's own among decoys; the server cannot tell which).
 */
import { Hono } from 'hono';
import { CreditPrefixListSchema } from '../../../lib/api';
import { MAX_LOOKUP_PREFIXES } from '../../../lib/bundle/credit-prefixes';
import type { Deps } from '../deps';
import { fail } from '../http-errors';
import { lookupPrefixes } from '../store/credit';

export const CREDIT_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=600, stale-if-error=86400';

export function creditRoutes(deps: Deps) {
  return new Hono().get('/v1/credit/:prefixes', async (c) => {
    const prefixes = CreditPrefixListSchema.safeParse(c.req.param('prefixes'));
    if (!prefixes.success) {
      return fail(c, 400, 'bad_prefix', `prefixes must be 1-${MAX_LOOKUP_PREFIXES} distinct comma-separated 4-8 lowercase hex chars of SHA-256("platform:accountId")`);
    }
    if (Object.keys(c.req.queries()).length) return fail(c, 400, 'unknown_parameter', 'this endpoint takes no query parameters');
    // one site:hash once, even under overlapping prefixes (abcd and abcde): mergeCreditEntries keys by it
    const unique = await lookupPrefixes(deps.db, prefixes.data);
    // a CDN may keep each prefix list 5 min, serve it stale while refetching, and ride out an origin outage for a day
    c.header('cache-control', CREDIT_CACHE_CONTROL);
    return c.json({ prefix: prefixes.data.join(','), entries: unique });
  });
}

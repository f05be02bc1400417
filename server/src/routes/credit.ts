/** GET /v1/credit/:prefix (R-CREDIT-15): every account under a 4-8 hex prefix. */
import { Hono } from 'hono';
import { CreditPrefixSchema } from '../../../lib/api';
import type { Deps } from '../deps';
import { fail } from '../http-errors';
import { lookupPrefix } from '../store/credit';

export const CREDIT_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=600, stale-if-error=86400';

export function creditRoutes(deps: Deps) {
  return new Hono().get('/v1/credit/:prefix', async (c) => {
    const prefix = CreditPrefixSchema.safeParse(c.req.param('prefix'));
    if (!prefix.success) return fail(c, 400, 'bad_prefix', 'prefix must be 4-8 lowercase hex chars of SHA-256("platform:accountId")');
    if (Object.keys(c.req.queries()).length) return fail(c, 400, 'unknown_parameter', 'this endpoint takes no query parameters');
    const entries = await lookupPrefix(deps.db, prefix.data);
    // a CDN may keep each prefix 5 min, serve it stale while refetching, and ride out an origin outage for a day
    c.header('cache-control', CREDIT_CACHE_CONTROL);
    return c.json({ prefix: prefix.data, entries });
  });
}

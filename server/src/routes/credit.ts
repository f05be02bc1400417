/** GET /v1/credit/:prefix (R-CREDIT-15): every account under a 4-8 hex prefix. */
import { Hono } from 'hono';
import { CreditPrefixSchema } from '../../../lib/api';
import type { Deps } from '../deps';
import { fail } from '../http-errors';
import { lookupPrefix } from '../store/credit';

export function creditRoutes(deps: Deps) {
  return new Hono().get('/v1/credit/:prefix', async (c) => {
    const prefix = CreditPrefixSchema.safeParse(c.req.param('prefix'));
    if (!prefix.success) return fail(c, 400, 'bad_prefix', 'prefix must be 4-8 lowercase hex chars of SHA-256("platform:accountId")');
    if (Object.keys(c.req.queries()).length) return fail(c, 400, 'unknown_parameter', 'this endpoint takes no query parameters');
    const entries = await lookupPrefix(deps.db, prefix.data);
    c.header('cache-control', 'public, max-age=300');
    return c.json({ prefix: prefix.data, entries });
  });
}

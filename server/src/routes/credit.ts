/**
 * GET /v1/credit/:prefixes (R-CREDIT-15, issue 14): every account under any of up to 64
 * comma-separated 4-8 hex prefixes (the viewer's own among decoys; the server cannot tell which).
 * Answers come from the instance's lookup cache (credit-cache.ts) when the same prefix list was
 * answered under the current data generation: precomputed bytes, a strong ETag, 304 on a match;
 * on a miss, 4-hex lists read the database's pre-rendered buckets (store/credit-buckets.ts).
 * A plain GET that hits the cache never reaches this route: credit-fast-path.ts answers it first.
 */
import { Hono } from 'hono';
import { CreditPrefixListSchema } from '../../../lib/api';
import { MAX_LOOKUP_PREFIXES } from '../../../lib/bundle/credit-prefixes';
import type { Deps } from '../deps';
import { fail } from '../http-errors';
import { lookupPrefixes } from '../store/credit';
import { bucketEntriesJson, isBucketList } from '../store/credit-buckets';
import { creditAnswerHeaders, etagMatches } from '../credit-answer';

export { CREDIT_CACHE_CONTROL } from '../credit-answer';

export function creditRoutes(deps: Deps) {
  return new Hono().get('/v1/credit/:prefixes', async (c) => {
    if (c.req.url.includes('?') && Object.keys(c.req.queries()).length) return fail(c, 400, 'unknown_parameter', 'this endpoint takes no query parameters');
    const raw = c.req.param('prefixes');
    const generation = await deps.lookups.current();
    // a cached key was validated when it was first answered: no zod, no query, no JSON on a hit
    let hit = deps.lookups.get(raw);
    if (!hit) {
      const prefixes = CreditPrefixListSchema.safeParse(raw);
      if (!prefixes.success) {
        return fail(c, 400, 'bad_prefix', `prefixes must be 1-${MAX_LOOKUP_PREFIXES} distinct comma-separated 4-8 lowercase hex chars of SHA-256("platform:accountId")`);
      }
      const prefix = prefixes.data.join(',');
      // 4-hex lists (the extension's): pre-rendered buckets, no rows in Node (store/credit-buckets.ts);
      // others: one site:hash once, even under overlapping prefixes (abcd and abcde): mergeCreditEntries keys by it
      const json = isBucketList(prefixes.data)
        ? `{"prefix":${JSON.stringify(prefix)},"entries":${await bucketEntriesJson(deps.db, prefixes.data)}}`
        : JSON.stringify({ prefix, entries: await lookupPrefixes(deps.db, prefixes.data) });
      hit = deps.lookups.put(raw, generation, json);
    }
    // the same headers as the hit fast path in front of Hono (credit-fast-path.ts)
    const headers = creditAnswerHeaders(hit.etag);
    if (etagMatches(c.req.header('if-none-match'), hit.etag)) return c.body(null, 304, headers);
    headers['content-type'] = 'application/json';
    return c.body(hit.body as Uint8Array<ArrayBuffer>, 200, headers);
  });
}

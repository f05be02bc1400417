/**
 * Credit lookup hits answered in front of Hono (issue 22). A hit is the common case behind the
 * extension's decoys at 10^7 (one bucket a request) and what every repeated request costs; through
 * Hono it paid for a Request/URL, the router, a context, a Headers object and a Response, and
 * their conversion back to node:http, for bytes that were ready. Here a plain `GET
 * /v1/credit/<hex,…>` whose answer the instance holds under a generation checked within the last
 * checkMs is written straight from the cached bytes and header list. Everything else (another
 * method or path, a query, a percent-escape, a miss, a generation due for its check) returns
 * false and goes to Hono as before. The answer is the route's: same status, headers (credit-answer.ts)
 * and body; server test `credit-fast-path` compares the two on hits and 304s.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CreditLookupCache } from './credit-cache';
import { etagMatches } from './credit-answer';

const PATH = '/v1/credit/';

/** the rest of the URL is 0-9, a-f and commas only: exactly a key the cache may hold (a validated prefix list) */
function plainKey(url: string): boolean {
  if (url.length === PATH.length) return false;
  for (let i = PATH.length; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || c === 44)) return false;
  }
  return true;
}

/** node:http's request listener in front of Hono's: true when it answered the request */
export function creditFastPath(lookups: CreditLookupCache) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url;
    if (req.method !== 'GET' || url === undefined || !url.startsWith(PATH) || !plainKey(url)) return false;
    const hit = lookups.hitNow(url.slice(PATH.length));
    if (!hit) return false;
    if (etagMatches(req.headers['if-none-match'], hit.etag)) {
      res.writeHead(304, hit.head304);
      res.end();
    } else {
      res.writeHead(200, hit.head200);
      res.end(hit.body);
    }
    return true;
  };
}

/** The Hono app: one route module per resource, JSON errors everywhere (never an HTML page). */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { cors } from 'hono/cors';
import type { Deps } from './deps';
import { ApiError } from './http-errors';
import { isTransientDbError } from './db/errors';
import { healthRoutes } from './routes/health';
import { bundleRoutes } from './routes/bundle';
import { creditRoutes } from './routes/credit';
import { reportRoutes } from './routes/reports';
import { adminRoutes } from './routes/admin';

export function createApp(deps: Deps) {
  const app = new Hono();
  // Public reads answer any origin: the extension's background fetches them without host
  // permissions (If-None-Match needs a preflight), the data is public and sent without cookies,
  // and `*` keeps one cached copy per URL on a CDN (a reflected origin would need Vary: Origin,
  // and Firefox gives each install its own origin). Admin endpoints get no CORS at all.
  const publicCors = cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['If-None-Match', 'Content-Type'],
    // Date: the extension's guardian clock check reads the server's time (issue 24)
    exposeHeaders: ['ETag', 'X-LiveGuard-Version', 'X-LiveGuard-Kind', 'Date'],
    maxAge: 86400,
  });
  app.use('/healthz', publicCors);
  // credit lookups are a hot path too: the route sets its CORS headers, the middleware answers the preflight
  app.options('/v1/credit/*', publicCors);
  // Reports are the one public write: CORS only for the extension's own origins (cors-origins.ts);
  // the route also refuses any other Origin outright. `Vary: Origin` comes with the reflected grant.
  app.use(
    '/v1/reports',
    cors({
      origin: (origin) => (deps.reportOrigins(origin) ? origin : null),
      allowMethods: ['POST', 'OPTIONS'],
      allowHeaders: ['Content-Type'],
      maxAge: 86400,
    }),
  );
  // The bundle route is the hot path: the cors middleware halves its req/s (tests/bench), so the
  // route sets its two CORS headers itself and only the preflight goes through the middleware.
  app.options('/v1/bundle', publicCors);
  app.route('/', healthRoutes(deps));
  app.route('/', bundleRoutes(deps));
  app.route('/', creditRoutes(deps));
  app.route('/', reportRoutes(deps));
  app.route('/', adminRoutes(deps));
  app.notFound((c) => c.json({ error: 'not_found', reason: `no route for ${c.req.method} ${c.req.path}` }, 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json({ error: err.code, reason: err.message }, err.status);
    if (err instanceof HTTPException) return c.json({ error: 'bad_request', reason: err.message || 'bad request' }, err.status);
    if (isTransientDbError(err)) {
      console.warn(`[liveguard-api] database unavailable: ${err.message}`);
      c.header('retry-after', '5');
      return c.json({ error: 'unavailable', reason: 'the database is unavailable; retry shortly' }, 503);
    }
    console.error('[liveguard-api] unexpected error', err);
    return c.json({ error: 'internal', reason: 'internal error' }, 500);
  });
  return app;
}

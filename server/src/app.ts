/** The Hono app: one route module per resource, JSON errors everywhere (never an HTML page). */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Deps } from './deps';
import { ApiError } from './http-errors';
import { healthRoutes } from './routes/health';
import { bundleRoutes } from './routes/bundle';
import { creditRoutes } from './routes/credit';
import { reportRoutes } from './routes/reports';
import { adminRoutes } from './routes/admin';

export function createApp(deps: Deps) {
  const app = new Hono();
  app.route('/', healthRoutes(deps));
  app.route('/', bundleRoutes(deps));
  app.route('/', creditRoutes(deps));
  app.route('/', reportRoutes(deps));
  app.route('/', adminRoutes(deps));
  app.notFound((c) => c.json({ error: 'not_found', reason: `no route for ${c.req.method} ${c.req.path}` }, 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json({ error: err.code, reason: err.message }, err.status);
    if (err instanceof HTTPException) return c.json({ error: 'bad_request', reason: err.message || 'bad request' }, err.status);
    console.error('[liveguard-api] unexpected error', err);
    return c.json({ error: 'internal', reason: 'internal error' }, 500);
  });
  return app;
}

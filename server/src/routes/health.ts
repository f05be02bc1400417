import { Hono } from 'hono';
import type { Deps } from '../deps';

export function healthRoutes(deps: Deps) {
  return new Hono().get('/healthz', async (c) => c.json({ ok: true as const, version: await deps.cache.current() }));
}

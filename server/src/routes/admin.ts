/**
 * Admin endpoints (bearer token, see store/tokens.ts): publish a bundle version, add / remove
 * blacklist entries, bulk-import credit records (CSV or JSON).
 */
import { Hono } from 'hono';
import { BlacklistAddSchema, BlacklistRemoveSchema, PublishRequestSchema } from '../../../lib/api';
import type { Deps } from '../deps';
import { ApiError, fail, readJson, readText } from '../http-errors';
import { checkToken } from '../store/tokens';
import { publish } from '../store/bundles';
import { addBlacklist, ConflictError, NotFoundError, removeBlacklist } from '../store/blacklist';
import { importCredit } from '../store/credit';
import { ImportError, parseCreditCsv, parseCreditJson } from '../credit-import';

const SMALL = 64 * 1024;
export const PUBLISH_MAX_BYTES = 8 * 1024 * 1024;
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;

function requireJson(ct: string | undefined) {
  if (!(ct ?? '').startsWith('application/json')) throw new ApiError(415, 'unsupported_media_type', 'send application/json');
}

export function adminRoutes(deps: Deps) {
  const app = new Hono();
  app.use('/v1/admin/*', async (c, next) => {
    const auth = c.req.header('authorization') ?? '';
    const m = /^Bearer ([\x21-\x7e]{1,200})$/.exec(auth);
    if (!m) return fail(c, 401, 'unauthorized', 'an admin bearer token is required');
    if (!(await checkToken(deps.db, m[1]!))) return fail(c, 401, 'unauthorized', 'the bearer token is not valid');
    await next();
  });
  app.post('/v1/admin/bundle', async (c) => {
    requireJson(c.req.header('content-type'));
    const req = await readJson(c, PublishRequestSchema, PUBLISH_MAX_BYTES);
    const version = await publish(deps.db, req);
    deps.cache.invalidate();
    return c.json({ version }, 201);
  });
  app.post('/v1/admin/blacklist', async (c) => {
    requireJson(c.req.header('content-type'));
    const e = await readJson(c, BlacklistAddSchema, SMALL);
    try {
      const id = await addBlacklist(deps.db, e);
      deps.lookups.invalidate();
      return c.json({ id, pendingPublish: true }, 201);
    } catch (err) {
      if (err instanceof ConflictError) return fail(c, 409, 'conflict', err.message);
      throw err;
    }
  });
  app.delete('/v1/admin/blacklist', async (c) => {
    requireJson(c.req.header('content-type'));
    const e = await readJson(c, BlacklistRemoveSchema, SMALL);
    try {
      await removeBlacklist(deps.db, e.site, e.accountId);
      deps.lookups.invalidate();
      return c.json({ removed: true, pendingPublish: true });
    } catch (err) {
      if (err instanceof NotFoundError) return fail(c, 404, 'not_found', err.message);
      throw err;
    }
  });
  app.post('/v1/admin/credit', async (c) => {
    const ct = c.req.header('content-type') ?? '';
    const csv = ct.startsWith('text/csv');
    if (!csv && !ct.startsWith('application/json')) return fail(c, 415, 'unsupported_media_type', 'send text/csv or application/json');
    const text = await readText(c, IMPORT_MAX_BYTES);
    try {
      const records = csv ? parseCreditCsv(text) : parseCreditJson(text);
      const imported = await importCredit(deps.db, records);
      deps.lookups.invalidate();
      return c.json({ imported });
    } catch (err) {
      if (err instanceof ImportError) return fail(c, 400, 'invalid_import', err.message);
      throw err;
    }
  });
  return app;
}

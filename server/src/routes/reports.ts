/** POST /v1/reports (R-SYNC-23): opt-in anonymised complaint summaries, rate-limited per client. */
import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ReportSchema } from '../../../lib/api';
import type { Deps } from '../deps';
import { fail, readJson } from '../http-errors';
import { saveReport } from '../store/reports';

export const REPORT_MAX_BYTES = 4096;

export function reportRoutes(deps: Deps) {
  return new Hono()
    .post('/v1/reports', async (c) => {
      // Browsers always send Origin on a cross-origin POST; only extension origins may post, so a
      // web page cannot make its visitors file reports. Clients without Origin (curl) are not browsers.
      const origin = c.req.header('origin');
      if (origin !== undefined && !deps.reportOrigins(origin)) {
        return fail(c, 403, 'forbidden_origin', 'reports are accepted from the LiveGuard extension only');
      }
      let client = 'unknown';
      try {
        client = getConnInfo(c).remote.address ?? 'unknown';
      } catch {
        /* not on node-server (app.request in tests) */
      }
      if (!deps.reportLimiter.allow(client)) return fail(c, 429, 'rate_limited', 'too many reports from this client; try later');
      const ct = c.req.header('content-type') ?? '';
      if (!ct.startsWith('application/json')) return fail(c, 415, 'unsupported_media_type', 'send application/json');
      const report = await readJson(c, ReportSchema, REPORT_MAX_BYTES);
      return c.json({ accepted: true as const, id: await saveReport(deps.db, report) }, 201);
    });
}

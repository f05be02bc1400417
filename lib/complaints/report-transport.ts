/**
 * POST /v1/reports over fetch (R-SYNC-23): the share queue's transport. Only the anonymised
 * summary travels; no cookies (credentials: 'omit'), no referrer. The API answers 201, a 4xx with
 * a reason (final: the server said no), or 429/5xx (try later).
 */
import { ReportAcceptedSchema } from '../api';
import { isStaticOrigin } from '../sync/static-origin';
import type { ReportTransport, SendOutcome } from './share-queue';

export function httpReportTransport(deps: { fetch: typeof fetch; apiUrl: () => Promise<string> }): ReportTransport {
  return {
    async post(report): Promise<SendOutcome> {
      const base = await deps.apiUrl();
      // a static export (issue 22) is read-only: nothing to post to, and the report stays unsent
      if (isStaticOrigin(base)) return { kind: 'reject', error: 'the configured origin is a static export and takes no reports' };
      const url = `${base.replace(/\/+$/, '')}/v1/reports`;
      const res = await deps.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(report),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      const text = await res.text();
      if (res.status === 201 && ReportAcceptedSchema.safeParse(JSON.parse(text || 'null')).success) return { kind: 'ok' };
      const error = `HTTP ${res.status}: ${text.slice(0, 200)}`;
      return res.status === 429 || res.status >= 500 ? { kind: 'retry', error } : { kind: 'reject', error };
    },
  };
}

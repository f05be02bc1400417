/**
 * The anonymised summary a viewer may share with the companion API (`POST /v1/reports`), opt-in
 * per complaint (R-SYNC-23). Its shape is the API contract's ReportSchema (lib/api/reports.ts, the
 * one source): the host by account hash (R-CREDIT-15), the categories and rule ids, a count and
 * the day. Never the viewer, the URL, the room, the chat or the viewer's words.
 */
import { ReportSchema, type Report } from '../api';
import { accountHash } from '../account-hash';
import { SEVERITIES, type Severity } from '../taxonomy';
import type { Complaint } from './schema';

/** null when the page showed no host id: a report names an account or it is of no use to anyone. */
export async function summarize(c: Complaint): Promise<Report | null> {
  const e = c.evidence;
  if (!e.page.hostId) return null;
  const findings = e.findings.map((f) => f.finding);
  // the subject first, then whatever else the room showed up to filing
  const categories = [...new Set([c.subject.category, ...findings.map((f) => f.category)])].slice(0, 20);
  const ruleIds = [...new Set([c.subject.ruleId, ...findings.map((f) => f.ruleId)].filter((r) => r != null))].slice(0, 50);
  const severities: Severity[] = [c.subject.severity ?? 'notice', ...findings.map((f) => f.severity)];
  const severity = severities.reduce((a, b) => (SEVERITIES.indexOf(b) > SEVERITIES.indexOf(a) ? b : a));
  return ReportSchema.parse({
    site: e.page.site,
    accountHash: await accountHash(e.page.site, e.page.hostId),
    categories,
    ruleIds,
    severity,
    findingsCount: findings.length,
    day: new Date(e.capturedAt).toISOString().slice(0, 10),
  });
}

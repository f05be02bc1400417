/**
 * The printable HTML report inside an export (R-COMPLAINT-19). Everything from the page or the
 * viewer is hostile text: it only ever passes through escapeHtml, and the report carries a CSP
 * that forbids scripts, so even a missed spot stays inert.
 */
import { limitDate, missingFields } from './completeness';
import { REPORT_LABELS, type ReportLang } from './report-labels';
import type { Complaint, Evidence } from './schema';

type ShotRef = NonNullable<Evidence['screenshot']>;
export const screenshotFile = (ref: ShotRef) => `screenshots/${ref.id}.${ref.mime === 'image/png' ? 'png' : 'jpg'}`;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const e = (v: string | number | null | undefined) => escapeHtml(v === null || v === undefined ? '—' : String(v));
const when = (at: number) => new Date(at).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';

function row(label: string, value: string | number | null | undefined) {
  return `<tr><th>${e(label)}</th><td>${e(value)}</td></tr>`;
}

function complaintSection(c: Complaint, lang: ReportLang, screenshotPath: (ref: ShotRef) => string): string {
  const L = REPORT_LABELS[lang];
  const ev = c.evidence;
  const missing = missingFields(c);
  const parts = [
    `<section class="complaint" id="c-${e(c.id)}"><h2>${e(L.complaint)} ${e(c.id)}</h2>`,
    missing.length ? `<p class="warn">${e(L.missing)}${e(missing.join(', '))}</p>` : '',
    `<p class="note">${e(L.limit)}${e(limitDate(ev.capturedAt).toISOString().slice(0, 10))}</p>`,
    '<table>',
    row(L.status, c.statusHistory.map((s) => `${s.status} ${when(s.at)}`).join(' → ')),
    row(L.category, c.subject.category),
    row(L.matched, c.subject.matchedText),
    row(L.facts, c.facts),
    row(L.request, c.request),
    row(`${L.complainant} · ${L.name}`, c.complainant.name),
    row(`${L.complainant} · ${L.phone}`, c.complainant.phone),
    row(`${L.complainant} · ${L.address}`, c.complainant.address),
    row(`${L.business} · ${L.name}`, c.business.name),
    row(`${L.business} · ${L.address}`, c.business.address),
    row(L.platform, ev.page.site),
    row(L.room, `${ev.page.roomTitle ?? ''} ${ev.page.url}`),
    row(L.host, `${ev.page.hostName ?? ''} (${ev.page.hostId ?? '—'})`),
    row(L.product, ev.product?.title),
    row(L.price, ev.product?.price),
    row(L.originalPrice, ev.product?.originalPrice),
    row(L.capturedAt, when(ev.capturedAt)),
    '</table>',
    `<h3>${e(L.screenshot)}</h3>`,
    ev.screenshot
      ? `<img alt="${e(L.screenshot)}" src="${e(screenshotPath(ev.screenshot))}">`
      : `<p class="warn">${e(L.noScreenshot)}${e(ev.noScreenshotReason)}</p>`,
    `<h3>${e(L.chat)}</h3><ol class="chat">`,
    ...ev.chat.map((o) => `<li><time>${o.at ? e(when(o.at)) : ''}</time> <b>${e(o.author ?? '')}</b> ${e(o.text)}</li>`),
    `</ol><h3>${e(L.findings)}</h3><ol>`,
    ...ev.findings.map((f) => `<li>${e(when(f.at))} ${e(f.finding.severity)} ${e(f.finding.category)} ${e(f.finding.ruleId)}: ${e(f.finding.matched.text)}</li>`),
    `</ol><h3>${e(L.hashes)}</h3><table>`,
    ...Object.entries(ev.hashes).map(([k, v]) => row(k, v)),
    row(L.record, ev.recordHash),
    '</table></section>',
  ];
  return parts.join('\n');
}

export function reportHtml(complaints: Complaint[], lang: ReportLang, generatedAt: number, screenshotPath: (ref: ShotRef) => string = screenshotFile): string {
  const L = REPORT_LABELS[lang];
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data: blob:; style-src 'unsafe-inline'">
<title>${e(L.title)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2em}table{border-collapse:collapse}th,td{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top;white-space:pre-wrap}.warn{color:#b00}img{max-width:100%;border:1px solid #999}section{page-break-after:always}</style>
</head><body><h1>${e(L.title)}</h1><p>${e(L.generated)}: ${e(when(generatedAt))}</p>
${complaints.map((c) => complaintSection(c, lang, screenshotPath)).join('\n')}
</body></html>`;
}

/**
 * The printable HTML report inside an export (R-COMPLAINT-19, issue 23). Everything from the page
 * or the viewer is hostile text: it only ever passes through escapeHtml, and the report carries a
 * CSP that forbids scripts, so even a missed spot stays inert. Every word is in the report's
 * language (categories, statuses, missing fields, reasons: labels.ts), every time in the viewer's
 * zone with the zone named; the JSON beside it keeps UTC. Printed (A4), each complaint is one
 * page (facts, parties, product, screenshot) and the chat transcripts, findings and digests follow
 * in an appendix, with how to check the digests.
 */
import { limitDate, missingFields } from './completeness';
import { REPORT_LABELS, type ReportLang } from './report-labels';
import { FIELD_LABEL_KEY, HASH_LABEL_KEY, labelsFor, reasonLabelKey, siteLabelKey } from './labels';
import { formatDay, formatWhen, viewerTimeZone } from './time-format';
import { REPORT_PRINT_CSS } from './report-print-css';
import type { Complaint, Evidence } from './schema';

type ShotRef = NonNullable<Evidence['screenshot']>;
export const screenshotFile = (ref: ShotRef) => `screenshots/${ref.id}.${ref.mime === 'image/png' ? 'png' : 'jpg'}`;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const e = (v: string | number | null | undefined) => escapeHtml(v === null || v === undefined || v === '' ? '—' : String(v));
const money = (n: number | null | undefined) => (n === null || n === undefined ? null : `¥${n}`);

function row(label: string, value: string | number | null | undefined) {
  return `<tr><th>${e(label)}</th><td>${e(value)}</td></tr>`;
}

interface Ctx {
  lang: ReportLang;
  tz: string;
  shot: (ref: ShotRef) => string;
}

function complaintSection(c: Complaint, n: number, ctx: Ctx): string {
  const L = REPORT_LABELS[ctx.lang];
  const T = labelsFor(ctx.lang);
  const when = (at: number) => formatWhen(at, ctx.tz);
  const ev = c.evidence;
  const missing = missingFields(c).map((f) => T(FIELD_LABEL_KEY[f]));
  const sep = ctx.lang === 'zh-CN' ? '、' : ', ';
  const p = ev.product;
  return [
    `<section class="complaint" id="c-${e(c.id)}"><h2>${e(L.complaint)} ${n} · ${e(T(`cat_${c.subject.category}`))}</h2>`,
    `<p class="id">${e(c.id)}</p>`,
    missing.length ? `<p class="warn" data-liveguard="report-missing">${e(T('cpMissingList', [missing.join(sep)]))}</p>` : '',
    `<p class="note">${e(L.limit)}${e(formatDay(limitDate(ev.capturedAt).getTime(), ctx.tz))}</p>`,
    '<table>',
    row(L.status, c.statusHistory.map((s) => `${T(`status_${s.status}`)} ${when(s.at)}`).join(' → ')),
    row(L.category, T(`cat_${c.subject.category}`)),
    row(L.matched, c.subject.matchedText),
    row(L.facts, c.facts),
    row(L.request, c.request),
    row(`${L.complainant} · ${L.name}`, c.complainant.name),
    row(`${L.complainant} · ${L.phone}`, c.complainant.phone),
    row(`${L.complainant} · ${L.address}`, c.complainant.address),
    row(`${L.business} · ${L.name}`, c.business.name),
    row(`${L.business} · ${L.address}`, c.business.address),
    row(L.platform, T(siteLabelKey(ev.page.site))),
    row(L.room, ev.page.roomTitle),
    row(T('cpRoomUrl'), ev.page.url),
    row(L.host, [ev.page.hostName, ev.page.hostId ? `(${ev.page.hostId})` : ''].filter(Boolean).join(' ')),
    // who really sells (R-INFO-24): what the room disclosed at filing
    ev.page.seller?.name ? row(T('cpSellerDisclosed'), ev.page.seller.name) : '',
    ev.page.seller?.url ? row(T('cpSellerLink'), ev.page.seller.url) : '',
    ev.page.seller?.licenceUrl ? row(T('cpSellerLicence'), ev.page.seller.licenceUrl) : '',
    row(T('cpProductTitle'), p?.title),
    row(L.price, money(p?.price)),
    row(L.originalPrice, money(p?.originalPrice)),
    row(T('cpSeller'), p?.seller),
    row(L.capturedAt, when(ev.capturedAt)),
    '</table>',
    `<p class="note">${e(L.chat)} · ${e(L.findings)} · ${e(L.hashes)}: <a href="#h-${e(c.id)}">${e(T('cpAppendix'))}</a></p>`,
    `<h3>${e(L.screenshot)}</h3>`,
    ev.screenshot
      ? `<img class="shot" alt="${e(L.screenshot)}" src="${e(ctx.shot(ev.screenshot))}">`
      : `<p class="warn">${e(T('cpNoScreenshotBecause', [T(reasonLabelKey(ev.noScreenshotReason ?? 'capture_failed'))]))}</p>`,
    '</section>',
  ].join('\n');
}

function appendix(complaints: Complaint[], ctx: Ctx): string {
  const L = REPORT_LABELS[ctx.lang];
  const T = labelsFor(ctx.lang);
  const blocks = complaints.map((c, i) => {
    const h = c.evidence.hashes;
    const ev = c.evidence;
    const when = (at: number) => formatWhen(at, ctx.tz, { seconds: true });
    return [
      `<h3 id="h-${e(c.id)}">${e(L.complaint)} ${i + 1} · ${e(c.id)}</h3>`,
      `<h4>${e(L.chat)}</h4><ol class="chat">`,
      ...ev.chat.map((o) => `<li>${o.at ? `<time>${e(when(o.at))}</time> ` : ''}<b>${o.author ? e(o.author) : ''}</b> ${e(o.text)}</li>`),
      `</ol><h4>${e(L.findings)}</h4><ol class="findings">`,
      ...ev.findings.map((f) => `<li>${e(when(f.at))} ${e(T(`cat_${f.finding.category}`))} · ${e(f.finding.matched.text)}</li>`),
      `</ol><h4>${e(L.hashes)}</h4><table class="hashes">`,
      ...(Object.keys(HASH_LABEL_KEY) as (keyof typeof HASH_LABEL_KEY)[]).map((k) => row(T(HASH_LABEL_KEY[k]), h[k])),
      row(L.record, c.evidence.recordHash),
      '</table>',
    ].join('\n');
  });
  return `<section class="appendix" data-liveguard="report-appendix"><h2>${e(T('cpAppendix'))}</h2><p>${e(T('cpHashHowTo'))}</p>\n${blocks.join('\n')}</section>`;
}

export function reportHtml(
  complaints: Complaint[],
  lang: ReportLang,
  generatedAt: number,
  screenshotPath: (ref: ShotRef) => string = screenshotFile,
  timeZone: string = viewerTimeZone(),
): string {
  const L = REPORT_LABELS[lang];
  const T = labelsFor(lang);
  const ctx: Ctx = { lang, tz: timeZone, shot: screenshotPath };
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data: blob:; style-src 'unsafe-inline'">
<title>${e(L.title)}</title>
<style>${REPORT_PRINT_CSS}</style>
</head><body><header class="cover"><h1>${e(L.title)}</h1><p>${e(L.generated)}: ${e(formatWhen(generatedAt, timeZone))}</p>
<p class="note" data-liveguard="report-clock">${e(T('cpClockNote', [timeZone]))}</p></header>
${complaints.map((c, i) => complaintSection(c, i + 1, ctx)).join('\n')}
${appendix(complaints, ctx)}
</body></html>`;
}

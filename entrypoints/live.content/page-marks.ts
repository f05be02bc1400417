/**
 * Notice-tier marks (显著标识, R-RISK-1/4) on the page's own elements: a message, the product card
 * or the title gets data attributes, and one stylesheet of ours draws an outline and a label from
 * the attribute (CSS attr(), so the label is text, never markup). The minor reminder veils a product
 * card until the viewer chooses to see it (R-MINOR-9).
 */
import type { Finding } from '@/lib/model';
import { severityRank, type Severity } from '@/lib/taxonomy';
import { t } from '@/lib/i18n';

const STYLE_ID = 'liveguard-page-marks';
// written without the spaces a stylesheet file would have: it ships inside the script (issue 13)
const M = '[data-liveguard-mark]';
const NOTICE = '[data-liveguard-mark-severity="notice"]';
const CSS =
  `${M}{outline:2px solid #b42318!important;outline-offset:1px;position:relative}${M}${NOTICE}{outline-color:#b54708!important}` +
  `${M}::after{content:attr(data-liveguard-label);position:absolute;top:-9px;right:4px;z-index:2;padding:0 6px;white-space:nowrap;pointer-events:none;` +
  `font:600 12px/18px system-ui,sans-serif;color:#fff;background:#b42318;border-radius:9px}${M}${NOTICE}::after{background:#93370d}` +
  '[data-liveguard-veil="on"]{filter:blur(12px)!important;pointer-events:none!important}';

export function ensureMarkStyles(doc: Document) {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** One mark per element: the most severe finding on it, the first of equals (a later notice must not hide a warning). `label` names a finding its category does not (R-INFO-24). */
export function markElement(el: Element, f: Finding, label?: string) {
  const current = el.getAttribute('data-liveguard-mark-severity') as Severity | null;
  if (current && severityRank(current) >= severityRank(f.severity)) return;
  el.setAttribute('data-liveguard-mark', f.category);
  el.setAttribute('data-liveguard-mark-severity', f.severity);
  el.setAttribute('data-liveguard-label', `⚠ ${label ?? t(`cat_${f.category}`)}`);
}

export function veil(el: Element, on: boolean) {
  if (on) el.setAttribute('data-liveguard-veil', 'on');
  else el.removeAttribute('data-liveguard-veil');
}

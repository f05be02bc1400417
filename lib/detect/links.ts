/**
 * Off-platform links (R-OFF-7): explicit links to sites outside the platform, and short links whose
 * target is hidden. Runs on the NFKC text, where dots and slashes survive.
 */
import { PLATFORM_DOMAINS as PLATFORM_DOMAIN_LIST } from '../sites/descriptors';
import type { RawHit } from './detector-types';
import { isContentHost } from './content-hosts';

/** The platforms' own domains (from the site descriptors, issue 17): links there stay on the platform. */
const PLATFORM_DOMAINS = new RegExp(`(?:^|\\.)(?:${PLATFORM_DOMAIN_LIST.map((d) => d.replace(/\./g, '\\.')).join('|')})$`);
const SHORTENERS = /^(?:t\.cn|dwz\.cn|url\.cn|suo\.im|bit\.ly|tinyurl\.com|goo\.gl|is\.gd|rb\.gy|cutt\.ly|t\.me|wa\.me|s\.id|ow\.ly)$/;
const URL_RE = /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+(?:com|cn|net|org|top|xyz|vip|cc|me|io|ly|gl|co|shop|site|online|info|club|tv|gd|id|im|link|app))(?::\d+)?(?:\/[^\s，。！？、]*)?/g;

/** a link needs a dot (ASCII, full-width, one-dot leader, small full stop: all NFKC to '.') */
export const LINK_DOTS = '.\uFF0E\u2024\uFE52';
const HAS_DOT = new RegExp(`[${LINK_DOTS.replace('.', '\\.')}]`);

/**
 * A handle after a contact word: "联系：@shop_88", "咨询@abc", "dm @x_trades" (stop 32). Normalisation drops the @,
 * and after 联系/咨询/客服 no app is named, so the handle detector (structured.ts) cannot tell a handle from words;
 * the @ can. A bare "@name" is a reply in chat and stays silent. Train/dev: 529 lines, 46 of them unflagged
 * before, every one labelled off_platform but one Instagram comment ("check dm @…") labelled benign.
 */
const AT_HANDLE = /(?:telegram|(?<![a-z])tg|电报|飞机|✈|联系|客服|私聊|咨询|(?<![a-z])(?:contact|dm)(?![a-z]))[^a-z0-9@\n]{0,6}[@＠][a-z][a-z0-9_]{3,31}/gi;
/** what makes the prefilter (prefilter.ts) ask linkHits about a line: a link dot or an @ */
export const LINK_TRIGGERS = `${LINK_DOTS}@＠`;

export function linkHits(original: string): RawHit[] {
  const out: RawHit[] = [];
  if (original.includes('@') || original.includes('＠')) {
    for (const m of original.matchAll(AT_HANDLE)) out.push({ category: 'off_platform', severity: 'warning', ruleId: 'R-OFF-7', messageKey: 'advice_off_platform', detector: 'at_handle', start: m.index!, end: m.index! + m[0].length });
  }
  if (!HAS_DOT.test(original)) return out;
  // NFKC keeps length for the ASCII we match; full-width forms are folded, so map via a per-char pass
  const folded = [...original].map((c) => {
    const n = c.normalize('NFKC').toLowerCase();
    return n.length === c.length ? n : c;
  }).join('');
  for (const m of folded.matchAll(URL_RE)) {
    const host = m[1];
    // the platforms' own links stay on the platform; public content sites share, they do not lure
    if (PLATFORM_DOMAINS.test(host) || isContentHost(host)) continue;
    const short = SHORTENERS.test(host);
    const explicit = /^https?:\/\//.test(m[0]) || short || /^www\./.test(host) || m[0].includes('/');
    if (!explicit) continue; // "xx.com" alone is as often a brand name as a link
    out.push({
      category: 'off_platform',
      severity: short ? 'warning' : 'notice',
      ruleId: 'R-OFF-7',
      messageKey: 'advice_off_platform',
      detector: short ? 'short_link' : 'link',
      start: m.index!,
      end: m.index! + m[0].length,
    });
  }
  return out;
}

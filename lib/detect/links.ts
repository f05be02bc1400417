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

export function linkHits(original: string): RawHit[] {
  const out: RawHit[] = [];
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

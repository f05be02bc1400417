/**
 * Site health (issue 17): for the current room, which parts LiveGuard reads (chat, host, title,
 * product, counters) and how: by the site's selectors, by the structural fallback, or not found;
 * parts the site does not have (Twitch shows no product cards) are "n/a". Pure: the content script
 * fills it in, the popup shows it, tests read it through the message. No zod here: the content
 * script imports this; the schema is in health-schema.ts.
 */
import type { SiteDescriptor } from './descriptor';
import type { SiteHealth } from './health-schema';

export type { SiteHealth };
export const SITE_PARTS = ['chat', 'host', 'title', 'product', 'counters'] as const;
export type SitePart = (typeof SITE_PARTS)[number];
export const PART_HOWS = ['selectors', 'fallback', 'none', 'na'] as const;
export type PartHowValue = (typeof PART_HOWS)[number];

/** the parts a site's descriptor has selectors for; the others are not on that site */
function hasPart(d: Pick<SiteDescriptor, 'selectors'>, part: SitePart): boolean {
  const s = d.selectors;
  if (part === 'product') return s.productCard.length > 0;
  if (part === 'counters') return s.viewers.length + s.likes.length > 0;
  return true;
}

export function siteHealth(d: Pick<SiteDescriptor, 'id' | 'selectors'>, how: Record<SitePart, 'selectors' | 'fallback' | 'none'>): SiteHealth {
  const parts = SITE_PARTS.map((part) => ({ part, how: !hasPart(d, part) && how[part] !== 'fallback' ? ('na' as const) : how[part] }));
  const read = parts.filter((p) => p.how === 'selectors' || p.how === 'fallback').map((p) => p.part);
  const chat = parts[0].how;
  const status = chat === 'none' ? 'broken' : parts.every((p) => p.how === 'selectors' || p.how === 'na') ? 'ok' : 'degraded';
  return { site: d.id, parts, status, stillWorks: status === 'ok' ? [] : read };
}

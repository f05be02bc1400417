/**
 * Site health (issue 17): for the current room, which parts LiveGuard reads (chat, host, title,
 * product, counters) and how: by the site's selectors, by the structural fallback, or not found;
 * parts the site does not have (Twitch shows no product cards) are "n/a". Pure: the content script
 * fills it in, the popup shows it, tests read it through the message.
 */
import { z } from 'zod';
import { SiteIdSchema } from '../model';
import type { SiteDescriptor } from './descriptor';

export const SITE_PARTS = ['chat', 'host', 'title', 'product', 'counters'] as const;
export const SitePartSchema = z.enum(SITE_PARTS);
export type SitePart = z.infer<typeof SitePartSchema>;
export const PartHowSchema = z.enum(['selectors', 'fallback', 'none', 'na']);
export type PartHowValue = z.infer<typeof PartHowSchema>;

export const SiteHealthSchema = z
  .object({
    site: SiteIdSchema,
    parts: z.array(z.object({ part: SitePartSchema, how: PartHowSchema }).strict()).length(SITE_PARTS.length),
    /** ok: every part by selectors; degraded: something by fallback or missing but the chat is read; broken: no chat */
    status: z.enum(['ok', 'degraded', 'broken']),
    /** what still works when a part fails (shown to the viewer) */
    stillWorks: z.array(SitePartSchema),
  })
  .strict();
export type SiteHealth = z.infer<typeof SiteHealthSchema>;

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

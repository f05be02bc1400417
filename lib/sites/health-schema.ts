/**
 * The zod check of a site-health report (the background and popup parse it from the content
 * script's message), built from health.ts's plain constants. Apart from health.ts so the content
 * script, which only fills a report in, bundles no zod (issue 13).
 */
import { z } from 'zod';
import { SiteIdSchema } from '../model';
import { PART_HOWS, SITE_PARTS } from './health';

export const SitePartSchema = z.enum(SITE_PARTS);
export const PartHowSchema = z.enum(PART_HOWS);

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

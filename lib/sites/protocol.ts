/**
 * Site messages (issue 17): the popup asks the content script of the active tab for its room's
 * site health, or for the page's skeleton when the viewer reports that the page broke. Sent with browser.tabs.sendMessage (the content script answers through handle()).
 */
import { z } from 'zod';
import { message } from '../messaging';
import { SiteHealthSchema } from './health';
import { SkeletonSchema } from './skeleton/schema';

export const sitesProtocol = {
  getSiteHealth: message({ request: z.object({}).strict(), response: SiteHealthSchema.nullable(), from: 'extension' }),
  /** "this page broke": the room's privacy-safe skeleton, built when the viewer asks (lib/sites/skeleton) */
  getSkeleton: message({ request: z.object({}).strict(), response: SkeletonSchema.nullable(), from: 'extension' }),
};

/**
 * Site messages (issue 17): the popup asks the content script of the active tab for its room's
 * site health, or for the page's skeleton when the viewer reports that the page broke. Filed under `toContent` (sendToTab / handleInContent).
 */
import { z } from 'zod';
import { messageToContent } from '../message';
import { SiteHealthSchema } from './health-schema';
import { SkeletonSchema } from './skeleton/schema';

export const sitesToContent = {
  getSiteHealth: messageToContent({ request: z.object({}).strict(), response: SiteHealthSchema.nullable() }),
  /** "this page broke": the room's privacy-safe skeleton, built when the viewer asks (lib/sites/skeleton) */
  getSkeleton: messageToContent({ request: z.object({}).strict(), response: SkeletonSchema.nullable() }),
};

/**
 * Site messages (issue 17): the popup asks the content script of the active tab for its room's
 * site health. Sent with browser.tabs.sendMessage (the content script answers through handle()).
 */
import { z } from 'zod';
import { message } from '../messaging';
import { SiteHealthSchema } from './health';

export const sitesProtocol = {
  getSiteHealth: message({ request: z.object({}).strict(), response: SiteHealthSchema.nullable(), from: 'extension' }),
};

/**
 * Where a buyer complains or reports on each platform itself (issue 23, R-COMPLAINT-18): the
 * complaint page's filing guidance reads it. Kept apart from the site descriptors because only the
 * complaints page needs it: the descriptors ship in the content script every room loads (issue 13).
 * 'complaint' for a shop platform's buyer complaint, 'report' for a report flow; url null when the
 * platform takes it in its app only (the steps are the locale text fgHow_<id>); source says where
 * the address comes from.
 */
import { z } from 'zod';
import type { SiteId } from '../model';

export const ComplaintEntrySchema = z
  .object({ kind: z.enum(['complaint', 'report']), url: z.string().regex(/^https:\/\//).nullable(), source: z.string().min(1).max(300) })
  .strict();
export type ComplaintEntry = z.infer<typeof ComplaintEntrySchema>;

/** one per site id: the type makes a new site without its entry a compile error */
export const PLATFORM_ENTRIES: Record<SiteId, ComplaintEntry> = {
  douyin: { kind: 'complaint', url: null, source: 'the Douyin app\'s own room menu (举报) and order page (投诉商家); Douyin publishes no web form for buyers' },
  kuaishou: { kind: 'complaint', url: null, source: 'the Kuaishou app\'s own room menu (举报) and order page (投诉); no web form for buyers' },
  taobao: { kind: 'complaint', url: 'https://consumerservice.taobao.com/', source: 'Taobao\'s consumer service centre (淘宝服务中心), linked from the footer of taobao.com; not fetched from here (no network in the build)' },
  bilibili: { kind: 'report', url: null, source: 'the Bilibili room menu (举报), in the app and on the web' },
  twitch: { kind: 'report', url: 'https://help.twitch.tv/s/article/how-to-file-a-user-report', source: 'Twitch Help, "How to File a User Report"; not fetched from here (no network in the build)' },
  youtube: { kind: 'report', url: 'https://support.google.com/youtube/answer/2802027', source: 'YouTube Help, "Report inappropriate videos, channels, and other content on YouTube" (answer 2802027); not fetched from here (no network in the build)' },
  tiktok: { kind: 'report', url: 'https://support.tiktok.com/en/safety-hc/report-a-problem', source: 'TikTok Help Center, "Report a problem" (safety section); not fetched from here (no network in the build)' },
};

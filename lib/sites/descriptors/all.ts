/**
 * Every supported site's full descriptor (address + how to read its pages), in SITE_IDS order. The
 * background hands the current site's reading to the content script with the rules (getActiveRules,
 * issue 13); the content script never imports this list.
 */
import type { SiteId } from '../../model';
import type { SiteReading } from '../descriptor';
import { douyinSite } from './douyin';
import { kuaishouSite } from './kuaishou';
import { taobaoSite } from './taobao';
import { bilibiliSite } from './bilibili';
import { tiktokSite } from './tiktok';
import { youtubeSite } from './youtube';
import { twitchSite } from './twitch';

export const SITE_DESCRIPTORS = [douyinSite, kuaishouSite, taobaoSite, bilibiliSite, tiktokSite, youtubeSite, twitchSite] as const;

/** how to read the site's room pages: the part of its descriptor the content script gets from the background */
export function siteReadingOf(site: SiteId): SiteReading {
  const d = SITE_DESCRIPTORS.find((x) => x.id === site);
  if (!d) throw new Error(`no descriptor for site ${site}`);
  const { hostIdPattern, chatIdAttr, selectors } = d as SiteReading;
  return { hostIdPattern, chatIdAttr, selectors };
}

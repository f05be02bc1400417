/**
 * Every supported site's descriptor, and what is derived from them (issue 17): the site ids (the
 * enum in lib/model.ts), the content-script match patterns (manifest), the platforms' own domains
 * (off-platform link detection in lib/detect). Data only: safe to import from anywhere.
 */
import { douyinSite } from './douyin';
import { kuaishouSite } from './kuaishou';
import { taobaoSite } from './taobao';
import { bilibiliSite } from './bilibili';
import { tiktokSite } from './tiktok';
import { youtubeSite } from './youtube';
import { twitchSite } from './twitch';

export const SITE_DESCRIPTORS = [douyinSite, kuaishouSite, taobaoSite, bilibiliSite, tiktokSite, youtubeSite, twitchSite] as const;

export const SITE_IDS = [douyinSite.id, kuaishouSite.id, taobaoSite.id, bilibiliSite.id, tiktokSite.id, youtubeSite.id, twitchSite.id] as const;

export const LIVE_SITE_MATCHES: readonly string[] = SITE_DESCRIPTORS.flatMap((d) => d.matches);

/**
 * Shopping platforms we do not run on whose links also keep the buyer on a platform with its own
 * protections (JD, Pinduoduo, Xiaohongshu), so a link there is not an off-platform lure.
 */
const OTHER_PLATFORM_DOMAINS = ['jd.com', 'pinduoduo.com', 'yangkeduo.com', 'xiaohongshu.com'];

export const PLATFORM_DOMAINS: readonly string[] = [...SITE_DESCRIPTORS.flatMap((d) => d.platformDomains), ...OTHER_PLATFORM_DOMAINS];

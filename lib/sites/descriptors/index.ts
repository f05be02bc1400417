/**
 * Every supported site's address, and what is derived from them (issue 17): the site ids (the
 * enum in lib/model.ts), the content-script match patterns (manifest), the platforms' own domains
 * (off-platform link detection in lib/detect). Data only and small: the content script imports it
 * (issue 13); the full descriptors, with every site's selectors, are in ./all.ts (background, pages).
 */
import { douyinAddress } from './address/douyin';
import { kuaishouAddress } from './address/kuaishou';
import { taobaoAddress } from './address/taobao';
import { bilibiliAddress } from './address/bilibili';
import { tiktokAddress } from './address/tiktok';
import { youtubeAddress } from './address/youtube';
import { twitchAddress } from './address/twitch';

export const SITE_ADDRESSES = [douyinAddress, kuaishouAddress, taobaoAddress, bilibiliAddress, tiktokAddress, youtubeAddress, twitchAddress] as const;

export const SITE_IDS = [douyinAddress.id, kuaishouAddress.id, taobaoAddress.id, bilibiliAddress.id, tiktokAddress.id, youtubeAddress.id, twitchAddress.id] as const;

/** one https match pattern per host: the content script's matches and the host permissions */
export const LIVE_SITE_MATCHES: readonly string[] = SITE_ADDRESSES.flatMap((d) => d.hosts.map((h) => `https://${h}/*`));

/**
 * Shopping platforms we do not run on whose links also keep the buyer on a platform with its own
 * protections (JD, Pinduoduo, Xiaohongshu), so a link there is not an off-platform lure.
 */
const OTHER_PLATFORM_DOMAINS = ['jd.com', 'pinduoduo.com', 'yangkeduo.com', 'xiaohongshu.com'];

export const PLATFORM_DOMAINS: readonly string[] = [...SITE_ADDRESSES.flatMap((d) => d.platformDomains), ...OTHER_PLATFORM_DOMAINS];

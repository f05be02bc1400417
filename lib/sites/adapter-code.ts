/**
 * Each site's page-reading code (lib/sites/adapters/<site>.ts), by site id. The content script
 * bundles this and the sites' addresses; the selectors come from the background (issue 13).
 */
import type { SiteId } from '../model';
import type { AdapterCode } from './define-adapter';
import { douyinCode } from './adapters/douyin';
import { kuaishouCode } from './adapters/kuaishou';
import { taobaoCode } from './adapters/taobao';
import { bilibiliCode } from './adapters/bilibili';
import { tiktokCode } from './adapters/tiktok';
import { youtubeCode } from './adapters/youtube';
import { twitchCode } from './adapters/twitch';

export const ADAPTER_CODE: Record<SiteId, AdapterCode> = {
  douyin: douyinCode,
  kuaishou: kuaishouCode,
  taobao: taobaoCode,
  bilibili: bilibiliCode,
  tiktok: tiktokCode,
  youtube: youtubeCode,
  twitch: twitchCode,
};

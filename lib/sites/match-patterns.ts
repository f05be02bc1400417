/**
 * The only hosts LiveGuard runs on (issue: host permissions only for supported sites, no <all_urls>).
 * Used by the manifest (content-script matches) and by the background to check senders.
 */
export const LIVE_SITE_MATCHES = [
  'https://live.douyin.com/*',
  'https://www.douyin.com/*',
  'https://live.kuaishou.com/*',
  'https://tbzb.taobao.com/*',
  'https://live.bilibili.com/*',
  'https://www.tiktok.com/*',
  'https://www.youtube.com/*',
  'https://www.twitch.tv/*',
] as const;

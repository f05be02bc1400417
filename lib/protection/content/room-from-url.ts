/**
 * Site and room id from a page URL. A fallback for wiring protection mode before the site
 * adapters' room object is available: the adapters know more (host identity), and win when present.
 */
import type { SiteId } from '../../model';

const HOSTS: Record<string, SiteId> = {
  'live.douyin.com': 'douyin',
  'www.douyin.com': 'douyin',
  'live.kuaishou.com': 'kuaishou',
  'tbzb.taobao.com': 'taobao',
  'live.bilibili.com': 'bilibili',
  'www.tiktok.com': 'tiktok',
  'www.youtube.com': 'youtube',
  'www.twitch.tv': 'twitch',
};

export function roomFromUrl(href: string): { site: SiteId; roomId: string } | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const site = HOSTS[url.hostname];
  if (!site || url.protocol !== 'https:') return null;
  const q = url.searchParams.get('liveId') ?? url.searchParams.get('v');
  const path = url.pathname.split('/').filter(Boolean);
  const roomId = (q ?? path.filter((p) => p !== 'live' && p !== 'u').join('/')) || '/';
  return { site, roomId: roomId.slice(0, 200) };
}

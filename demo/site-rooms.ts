/**
 * The rooms `npm start -- <site>` can open instead of the demo room: one saved room page per
 * supported site, served at that site's real URL so the extension's real match patterns apply.
 * The pages (demo/sites) are also the test suites' fixture rooms: `fixture('sites/…')` in both
 * browser harnesses reads them, and tests/e2e/site-rooms.ts adds what each test expects of them;
 * this file holds only what opening one needs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SiteId } from '../lib/model';

export interface SiteRoomPages {
  site: SiteId;
  /** the room's URL on the real site */
  url: string;
  /** URL prefix → page file in SITE_PAGES_DIR (YouTube's chat is an iframe of its own) */
  pages: Record<string, string>;
}

export const SITE_PAGES_DIR = fileURLToPath(new URL('./sites/', import.meta.url));

export const SITE_ROOM_PAGES: Record<SiteId, SiteRoomPages> = {
  douyin: { site: 'douyin', url: 'https://live.douyin.com/880088000', pages: { 'https://live.douyin.com/': 'douyin.html' } },
  kuaishou: { site: 'kuaishou', url: 'https://live.kuaishou.com/u/3xfactory88', pages: { 'https://live.kuaishou.com/': 'kuaishou.html' } },
  taobao: { site: 'taobao', url: 'https://tbzb.taobao.com/live?liveId=5566778899', pages: { 'https://tbzb.taobao.com/': 'taobao.html' } },
  bilibili: { site: 'bilibili', url: 'https://live.bilibili.com/21452505', pages: { 'https://live.bilibili.com/': 'bilibili.html' } },
  tiktok: { site: 'tiktok', url: 'https://www.tiktok.com/@glowshop/live', pages: { 'https://www.tiktok.com/': 'tiktok.html' } },
  twitch: { site: 'twitch', url: 'https://www.twitch.tv/somechannel', pages: { 'https://www.twitch.tv/': 'twitch.html' } },
  youtube: {
    site: 'youtube',
    url: 'https://www.youtube.com/watch?v=abcdefghijk',
    pages: { 'https://www.youtube.com/watch': 'youtube-watch.html', 'https://www.youtube.com/live_chat': 'youtube-chat.html' },
  },
};

export function sitePageHtml(file: string): string {
  return readFileSync(`${SITE_PAGES_DIR}${file}`, 'utf8');
}

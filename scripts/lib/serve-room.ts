/**
 * Serve the chosen room at its real site's URL inside the browser (the extension's real match
 * patterns decide where it runs) and answer every other outside request with a 404: the demo never
 * reaches the internet. The companion API on loopback passes through.
 */
import type { BrowserContext } from '@playwright/test';
import { DEMO_ROOM_URL, demoRoomHtml } from '../../demo/room';
import { SITE_ROOM_PAGES, sitePageHtml } from '../../demo/site-rooms';
import type { StartOptions } from './start-options';

/** prefix → page body for a room */
export function roomPages(room: StartOptions['room']): { url: string; pages: Record<string, string> } {
  if (room === 'demo') return { url: DEMO_ROOM_URL, pages: { [DEMO_ROOM_URL]: demoRoomHtml() } };
  const r = SITE_ROOM_PAGES[room];
  return { url: r.url, pages: Object.fromEntries(Object.entries(r.pages).map(([prefix, file]) => [prefix, sitePageHtml(file)])) };
}

export async function serveRoom(context: BrowserContext, room: StartOptions['room']): Promise<string> {
  const { url, pages } = roomPages(room);
  await context.route(/^https?:\/\//, (route) => {
    const u = route.request().url();
    if (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(u)) return route.fallback();
    const prefix = Object.keys(pages).find((p) => u.startsWith(p));
    if (prefix) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: pages[prefix] });
    return route.fulfill({ status: 404, body: '' });
  });
  return url;
}

/** Kuaishou web live (sites.md §2): plain class names in chat; room info only in SSR JSON. */
import { z } from 'zod';
import type { SiteAdapter } from '../adapter';
import { readAssignedJson } from '../page-state';
import { parseCount } from '../parse-numbers';
import { readChatRow } from '../extract';
import { elementText } from '../text';

/** the part of Kuaishou's server-rendered state that names the room (sites.md §2, [S18] get_kuaishou_stream_data) */
const InitialState = z.object({
  liveroom: z.object({
    playList: z
      .array(
        z.object({
          liveStream: z.object({ caption: z.string().max(500) }).partial().nullish(),
          author: z.object({ name: z.string().max(200) }).partial().nullish(),
          watchingCount: z.union([z.string().max(50), z.number()]).nullish(),
        }),
      )
      .min(1),
  }),
});

export const kuaishou: SiteAdapter = {
  descriptor: {
    id: 'kuaishou',
    hosts: ['live.kuaishou.com'],
    hostIdPattern: '/(?:u|profile)/([A-Za-z0-9_-]+)',
    selectors: {
      chatContainer: ['.chat-history'],
      chatRow: ['.comment-cell'],
      chatAuthor: ['.username'],
      chatText: ['.comment'],
      systemNotice: ['.system-message', '.notice-message'],
      title: ['.live-title', '[class*="live-title"]'],
      hostName: ['.author-name', '.anchor-name', '[class*="author-name"]'],
      hostLink: ['a.author-link'],
      viewers: ['.watching-count', '[class*="watching-count"]'],
      likes: ['.like-count', '[class*="like-count"]'],
      productCard: ['.goods-card', '[class*="goods-card"]'],
      productTitle: ['.goods-title', '[class*="title"]'],
      productPrice: ['.goods-price', '[class*="price"]'],
      productOriginalPrice: ['s', 'del', '[class*="origin"]'],
      tipButtons: ['.gift-btn', '.recharge-btn', '[class*="gift-panel"]'],
      giftLeaderboards: ['.rank-list', '[class*="gift-rank"]'],
      buyButtons: ['.goods-card button', '[class*="buy-btn"]'],
      virtualHost: [],
    },
  },
  roomId(url) {
    return url.pathname.match(/^\/u\/([A-Za-z0-9_-]+)/)?.[1] ?? null;
  },
  hostIdFromUrl(url) {
    return this.roomId(url);
  },
  roomFromPage(doc) {
    const parsed = InitialState.safeParse(readAssignedJson(doc, 'window.__INITIAL_STATE__='));
    if (!parsed.success) return {};
    const room = parsed.data.liveroom.playList[0];
    return { title: room.liveStream?.caption || null, hostName: room.author?.name || null, viewers: parseCount(String(room.watchingCount ?? '')) };
  },
  readChatRow(row) {
    // gift and like rows sit in the same .comment-cell as chat (sites.md §2, [S8]): not chat to scan
    if (row.querySelector('.gift-comment, .like')) return { id: '', text: elementText(row), kind: 'gift' };
    return readChatRow({ ...this, readChatRow: undefined }, row);
  },
};

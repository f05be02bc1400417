/** Kuaishou web live (sites.md §2): plain class names in chat; room info only in SSR JSON. */
import type { SiteAdapter } from '../adapter';

export const kuaishou: SiteAdapter = {
  descriptor: {
    id: 'kuaishou',
    hosts: ['live.kuaishou.com'],
    hostIdPattern: '/u/([A-Za-z0-9_-]+)',
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
};

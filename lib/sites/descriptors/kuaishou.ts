/** 快手直播 Kuaishou: everything LiveGuard knows about the site, as data (issue 17; sites.md). */
import type { SiteDescriptorData } from '../descriptor';

export const kuaishouSite = {
  id: 'kuaishou' as const,
  hosts: ['live.kuaishou.com'],
  matches: ['https://live.kuaishou.com/*'],
  rooms: [{ path: '^/u/([A-Za-z0-9_-]+)' }],
  platformDomains: ['kuaishou.com'],
  language: 'zh',
  quirks: { hostIdFromUrl: 'room' },
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
} satisfies SiteDescriptorData;

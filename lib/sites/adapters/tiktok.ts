/** TikTok LIVE (sites.md §5): data-e2e hooks are stable; everything else is a styled-components hash. */
import type { SiteAdapter } from '../adapter';

export const tiktok: SiteAdapter = {
  descriptor: {
    id: 'tiktok',
    hosts: ['www.tiktok.com'],
    hostIdPattern: '/@([A-Za-z0-9_.]+)',
    selectors: {
      chatContainer: ['[data-e2e="live-chat-container"]', '[data-e2e="chat-room"]', '.live-shared-ui-chat-list-scrolling-list'],
      chatRow: ['[data-e2e="chat-message"]'],
      chatAuthor: ['[data-e2e="message-owner-name"]'],
      chatText: ['.live-shared-ui-chat-list-chat-message-comment', '.break-words.align-middle'],
      systemNotice: ['[data-e2e="social-message"]', '[data-e2e="live-notice"]'],
      title: ['[data-e2e="user-profile-live-title"]'],
      hostName: ['h1[data-e2e="user-profile-nickname"]', '[data-e2e="user-profile-nickname"]'],
      hostLink: ['a[data-e2e="user-profile-uid"]'],
      viewers: ['[data-e2e="live-people-count"]'],
      likes: ['[data-e2e="like-count"]'],
      productCard: ['[data-e2e="live-product-card"]', '[data-e2e="product-card"]'],
      productTitle: ['[data-e2e="product-title"]'],
      productPrice: ['[data-e2e="product-price"]'],
      productOriginalPrice: ['[data-e2e="product-original-price"]', 's', 'del'],
      tipButtons: ['[data-e2e="gift-button"]', '[data-e2e="live-gift-panel"]', '[data-e2e="recharge-button"]'],
      giftLeaderboards: ['[data-e2e="live-ranking"]', '[data-e2e="top-viewers"]'],
      buyButtons: ['[data-e2e="product-buy-button"]'],
      virtualHost: ['[data-e2e="virtual-host-label"]'],
    },
  },
  roomId(url) {
    return url.pathname.match(/^\/@([A-Za-z0-9_.]+)\/live/)?.[1] ?? null;
  },
  hostIdFromUrl(url) {
    return url.pathname.match(/^\/@([A-Za-z0-9_.]+)/)?.[1] ?? null;
  },
};

/** TikTok LIVE: everything LiveGuard knows about the site, as data (issue 17; sites.md). */
import type { SiteDescriptorData } from '../descriptor';
import { tiktokAddress } from './address/tiktok';

/** its address (./address/tiktok.ts) and how to read its room pages: the background's, handed to the content script with the rules */
export const tiktokSite = {
  ...tiktokAddress,
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
    // Seller (R-INFO-24). No real capture in ../shared/data shows a seller (those captures are chat rows only);
    // the TikTok Shop store URL form (tiktok.com/shop/store/<slug>/<seller id>) is from public code found by
    // search (several independent repos); that the LIVE room links it and the data-e2e hooks are INFERRED.
    sellerName: ['[data-e2e="live-shop-name"]'],
    sellerLink: ['a[href*="/shop/store/"]'],
    sellerLicence: [],
    productShop: ['[data-e2e="product-shop-name"]', '[data-e2e="product-seller"]'],
    tipButtons: ['[data-e2e="gift-button"]', '[data-e2e="live-gift-panel"]', '[data-e2e="recharge-button"]'],
    giftLeaderboards: ['[data-e2e="live-ranking"]', '[data-e2e="top-viewers"]'],
    buyButtons: ['[data-e2e="product-buy-button"]'],
    virtualHost: ['[data-e2e="virtual-host-label"]'],
  },
} satisfies SiteDescriptorData;

/** 快手直播 Kuaishou: everything LiveGuard knows about the site, as data (issue 17; sites.md). */
import type { SiteDescriptorData } from '../descriptor';
import { kuaishouAddress } from './address/kuaishou';

/** its address (./address/kuaishou.ts) and how to read its room pages: the background's, handed to the content script with the rules */
export const kuaishouSite = {
  ...kuaishouAddress,
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
    // Seller (R-INFO-24). No real capture in ../shared/data shows a seller (those captures are chat rows only);
    // the shop URL form (app.kwaixiaodian.com/merchant/shop/list?id=<user id>, the account's 快手小店 opened from
    // its profile) is from public code found by search; that the web room links it, and the class hooks, are INFERRED.
    // No licence page of Kuaishou's is known to us: none is read.
    sellerName: ['.shop-name', '[class*="shop-name"]'],
    sellerLink: ['a[href*="kwaixiaodian.com/merchant/shop/list"]', 'a.shop-link'],
    sellerLicence: [],
    productShop: ['.goods-shop', '[class*="goods-shop"]'],
    tipButtons: ['.gift-btn', '.recharge-btn', '[class*="gift-panel"]'],
    giftLeaderboards: ['.rank-list', '[class*="gift-rank"]'],
    buyButtons: ['.goods-card button', '[class*="buy-btn"]'],
    virtualHost: [],
  },
} satisfies SiteDescriptorData;

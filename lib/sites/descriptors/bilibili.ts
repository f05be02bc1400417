/** 哔哩哔哩直播 Bilibili Live: everything LiveGuard knows about the site, as data (issue 17; sites.md). */
import type { SiteDescriptorData } from '../descriptor';
import { bilibiliAddress } from './address/bilibili';

/** its address (./address/bilibili.ts) and how to read its room pages: the background's, handed to the content script with the rules */
export const bilibiliSite = {
  ...bilibiliAddress,
  hostIdPattern: 'space\\.bilibili\\.com/(\\d+)',
  chatIdAttr: 'data-id_str',
  selectors: {
    chatContainer: ['#chat-items', '#chat-history-list', '.chat-history-panel .chat-history-list'],
    chatRow: ['.chat-item.danmaku-item'],
    chatAuthor: ['.danmaku-item-left .user-name', '.user-name', '.username'],
    chatText: ['.danmaku-item-right'],
    systemNotice: ['.chat-item.system-msg', '.chat-item.convention-msg'],
    title: ['.live-skin-main-text.small-title', '.live-title .text'],
    hostName: ['a.room-owner-username', '.room-owner-username'],
    hostLink: ['a.room-owner-username'],
    viewers: ['.room-info-ctnr .watched-text', '.online-count', '[class*="watched"]'],
    likes: ['.like-count', '[class*="like-count"]'],
    productCard: ['.shopping-cart-card', '[class*="goods-card"]'],
    productTitle: ['.goods-title', '[class*="title"]'],
    productPrice: ['.goods-price', '[class*="price"]'],
    productOriginalPrice: ['s', 'del', '[class*="origin"]'],
    // Seller (R-INFO-24). No real capture in ../shared/data shows a seller (those captures are chat rows only);
    // Bilibili's room shopping (会员购, mall.bilibili.com) is not covered by any source (sites.md §4): the link form
    // and hooks are INFERRED.
    sellerName: ['.shop-name', '[class*="shop-name"]'],
    sellerLink: ['a[href*="mall.bilibili.com/shop"]', 'a.shop-link'],
    sellerLicence: [],
    productShop: ['.goods-shop', '[class*="goods-shop"]'],
    tipButtons: ['#gift-control-vm', '.gift-control-panel', '.gift-panel', '.recharge-btn', '.battery-btn'],
    giftLeaderboards: ['.rank-list-ctnr', '#rank-list-vm', '.gift-rank'],
    buyButtons: ['.shopping-cart-card button', '[class*="goods-card"] button'],
    virtualHost: ['.virtual-anchor-tag', '[class*="vtuber"]'],
  },
} satisfies SiteDescriptorData;

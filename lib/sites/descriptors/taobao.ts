/** 淘宝直播 Taobao Live: everything LiveGuard knows about the site, as data (issue 17; sites.md). */
import type { SiteDescriptorData } from '../descriptor';
import { taobaoAddress } from './address/taobao';

/** its address (./address/taobao.ts) and how to read its room pages: the background's, handed to the content script with the rules */
export const taobaoSite = {
  ...taobaoAddress,
  hostIdPattern: '[?&](?:userId|anchorId|accountId)=(\\d+)',
  selectors: {
    chatContainer: ['#liveComment'],
    chatRow: ['#liveComment [class*="itemWrap--"]'],
    chatAuthor: ['[class*="authorTitle--"]'],
    chatText: ['[class*="content--"]'],
    systemNotice: ['[class*="systemMsg--"]', '[class*="notice--"]'],
    title: ['[class*="liveTitle--"]', '[class*="title--"]'],
    hostName: ['[class*="anchorName--"]', '[class*="accountName--"]'],
    hostLink: ['a[class*="anchorName--"]', 'a[class*="shopLink--"]', '[class*="anchorInfo--"] a'],
    viewers: ['[class*="viewCount--"]', '[class*="onlineCount--"]'],
    likes: ['[class*="praiseCount--"]', '[class*="likeCount--"]'],
    productCard: ['[class*="goodsCard--"]', '[class*="itemCard--"]'],
    productTitle: ['[class*="goodsTitle--"]', '[class*="title--"]'],
    productPrice: ['[class*="goodsPrice--"]', '[class*="price--"]'],
    productOriginalPrice: ['s', 'del', '[class*="originPrice--"]'],
    // Seller (R-INFO-24). No real capture in ../shared/data shows a seller (those captures are chat rows only);
    // the shop URL forms (shop<id>.taobao.com, store.taobao.com/shop/view_shop.htm, <shop>.tmall.com) are the
    // platforms' long-standing public shop addresses; that the room links them and the CSS-module hooks
    // (name--hash, as the chat's in sites.md §3) are INFERRED. Taobao's licence display (亮照) URL is not known to us.
    sellerName: ['[class*="shopName--"]'],
    sellerLink: ['a[class*="shopName--"]', 'a[href*="store.taobao.com/shop/view_shop"]', 'a[href^="https://shop"][href*=".taobao.com"]', 'a[href*=".tmall.com"]:not([href*="detail.tmall.com"])'],
    sellerLicence: ['a[class*="licence--"]', 'a[class*="license--"]'],
    productShop: ['[class*="goodsShop--"]', '[class*="shopName--"]'],
    tipButtons: ['[class*="giftBtn--"]', '[class*="rewardBtn--"]'],
    giftLeaderboards: ['[class*="rankList--"]'],
    buyButtons: ['[class*="buyBtn--"]'],
    virtualHost: ['[class*="virtualTag--"]'],
  },
} satisfies SiteDescriptorData;

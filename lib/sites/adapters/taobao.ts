/**
 * Taobao Live (sites.md §3). Its chat classes are CSS-module hashes (itemWrap--EcN_tFIg), so the
 * selectors match the stable prefix before "--" and survive a rebuild of the hash.
 */
import type { SiteAdapter } from '../adapter';

export const taobao: SiteAdapter = {
  descriptor: {
    id: 'taobao',
    hosts: ['tbzb.taobao.com'],
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
      tipButtons: ['[class*="giftBtn--"]', '[class*="rewardBtn--"]'],
      giftLeaderboards: ['[class*="rankList--"]'],
      buyButtons: ['[class*="buyBtn--"]'],
      virtualHost: ['[class*="virtualTag--"]'],
    },
  },
  roomId(url) {
    return url.searchParams.get('liveId');
  },
};

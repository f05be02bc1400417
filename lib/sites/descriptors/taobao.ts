/** 淘宝直播 Taobao Live: everything LiveGuard knows about the site, as data (issue 17; sites.md). */
import type { SiteDescriptorData } from '../descriptor';

export const taobaoSite = {
  id: 'taobao' as const,
  hosts: ['tbzb.taobao.com'],
  matches: ['https://tbzb.taobao.com/*'],
  rooms: [{ param: 'liveId' }],
  platformDomains: ['taobao.com', 'tmall.com'],
  language: 'zh',
  quirks: {},
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
} satisfies SiteDescriptorData;

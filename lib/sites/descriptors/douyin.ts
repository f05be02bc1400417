/** 抖音直播 Douyin: everything LiveGuard knows about the site, as data (issue 17; sites.md). */
import type { SiteDescriptorData } from '../descriptor';

export const douyinSite = {
  id: 'douyin' as const,
  hosts: ['live.douyin.com', 'www.douyin.com'],
  matches: ['https://live.douyin.com/*', 'https://www.douyin.com/*'],
  rooms: [{ host: 'live.douyin.com', path: '^/(\\d+)' }, { host: 'www.douyin.com', param: 'live_web_rid' }],
  platformDomains: ['douyin.com', 'iesdouyin.com', 'jinritemai.com'],
  language: 'zh',
  quirks: {},
  /** where a buyer complains or reports on the platform itself (issue 23: the complaint page's filing guidance) */
  complaintEntry: { kind: 'complaint', url: null, source: 'the Douyin app\'s own room menu (举报) and order page (投诉商家); Douyin publishes no web form for buyers' },
  hostIdPattern: '/user/([A-Za-z0-9_.-]+)',
  chatIdAttr: 'data-id',
  selectors: {
    chatContainer: ['#chatroom .webcast-chatroom___items', '#chatroom', '#RightBackgroundLayout'],
    chatRow: ['.webcast-chatroom___item'],
    chatAuthor: [],
    chatText: ['.webcast-chatroom___content-with-emoji-text'],
    systemNotice: ['.webcast-chatroom__room-message'],
    title: ['[data-e2e="live-room-title"]'],
    hostName: ['[data-e2e="live-room-nickname"]'],
    hostLink: ['a[data-e2e="live-room-nickname"]', '[data-e2e="live-room-nickname"] a'],
    viewers: ['[data-e2e="live-room-audience"]'],
    likes: ['[data-e2e="rooom-info-bar-anchor"]'],
    productCard: ['#EcmoCardLayout', '[data-e2e="explain-card"]'],
    productTitle: ['.goods-title', '[class*="title"]'],
    productPrice: ['.goods-price'],
    productOriginalPrice: ['s', 'del', '.goods-origin', '[style*="line-through"]'],
    tipButtons: ['#GiftTrayLayout', '[data-e2e="gift-tray"]', '[data-e2e="recharge"]'],
    giftLeaderboards: ['[data-e2e="hour-rank-entrance"]', '[data-e2e="live-room-rank"]'],
    buyButtons: ['#EcmoCardLayout button', '[data-e2e="yellowCart-container"]'],
    virtualHost: ['[data-e2e="virtual-anchor-tag"]'],
    video: ['div[data-e2e="living-container"]'],
  },
} satisfies SiteDescriptorData;

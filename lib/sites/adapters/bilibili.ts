/** Bilibili live (sites.md §4): long-lived plain classes and data-* attributes on each danmaku row. */
import type { SiteAdapter } from '../adapter';

export const bilibili: SiteAdapter = {
  descriptor: {
    id: 'bilibili',
    hosts: ['live.bilibili.com'],
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
      tipButtons: ['#gift-control-vm', '.gift-control-panel', '.gift-panel', '.recharge-btn', '.battery-btn'],
      giftLeaderboards: ['.rank-list-ctnr', '#rank-list-vm', '.gift-rank'],
      buyButtons: ['.shopping-cart-card button', '[class*="goods-card"] button'],
      virtualHost: ['.virtual-anchor-tag', '[class*="vtuber"]'],
    },
  },
  roomId(url) {
    return url.pathname.match(/^\/(?:blanc\/)?(\d+)/)?.[1] ?? null;
  },
  readChatRow(row) {
    // data-danmaku holds the full text even when the visible row is truncated (sites.md, [S9])
    const text = row.getAttribute('data-danmaku');
    if (text === null) return null;
    const id = row.getAttribute('data-id_str') ?? `${row.getAttribute('data-uid') ?? ''}:${row.getAttribute('data-ts') ?? row.getAttribute('data-timestamp') ?? ''}:${text}`;
    return { id, author: row.getAttribute('data-uname') ?? undefined, text, kind: 'chat' };
  },
};

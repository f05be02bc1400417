/**
 * YouTube Live (sites.md §7). Chat lives in the live_chat iframe (same host), where the same
 * content script runs as a chat-only frame; the watch page holds title and channel.
 */
import type { SiteAdapter } from '../adapter';
import { elementText } from '../text';

export const youtube: SiteAdapter = {
  descriptor: {
    id: 'youtube',
    hosts: ['www.youtube.com'],
    hostIdPattern: '/(@[A-Za-z0-9_.-]+|channel/[A-Za-z0-9_-]+)',
    chatIdAttr: 'id',
    selectors: {
      chatContainer: ['yt-live-chat-item-list-renderer #items', 'yt-live-chat-app'],
      chatRow: ['yt-live-chat-text-message-renderer', 'yt-live-chat-paid-message-renderer'],
      chatAuthor: ['#author-name'],
      chatText: ['#message'],
      systemNotice: ['yt-live-chat-viewer-engagement-message-renderer'],
      title: ['h1.ytd-watch-metadata yt-formatted-string', 'h1.ytd-watch-metadata'],
      hostName: ['ytd-channel-name#channel-name a', '#channel-name #text a', '#channel-name #text'],
      hostLink: ['ytd-channel-name#channel-name a', '#channel-name a'],
      viewers: ['#view-count', 'ytd-watch-info-text #info span'],
      likes: ['like-button-view-model button', '#segmented-like-button button'],
      productCard: ['ytd-merch-shelf-item-renderer', 'yt-live-chat-product-item-renderer'],
      productTitle: ['.product-item-title', '#title'],
      productPrice: ['.product-item-price', '#price'],
      productOriginalPrice: ['s', 'del'],
      tipButtons: ['#sponsor-button', 'yt-live-chat-product-picker-renderer', '#product-picker', 'yt-live-chat-paid-message-renderer #purchase-amount'],
      giftLeaderboards: ['yt-live-chat-ticker-renderer'],
      buyButtons: ['ytd-merch-shelf-item-renderer a'],
      virtualHost: [],
    },
  },
  roomId(url) {
    return url.searchParams.get('v') ?? url.pathname.match(/^\/live\/([A-Za-z0-9_-]+)/)?.[1] ?? null;
  },
  isChatFrame(url) {
    return url.pathname.startsWith('/live_chat');
  },
  readChatRow(row) {
    const text = elementText(row.querySelector('#message'));
    const paid = elementText(row.querySelector('#purchase-amount'));
    return { id: row.id || '', author: elementText(row.querySelector('#author-name')) || undefined, text: text || paid, kind: 'chat' };
  },
};

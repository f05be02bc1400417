/** Twitch (sites.md §6): data-a-target / data-test-selector hooks; the channel login is in the URL. */
import type { SiteAdapter } from '../adapter';

const NOT_CHANNELS = new Set(['directory', 'videos', 'settings', 'search', 'downloads', 'p', 'subscriptions', 'inventory', 'wallet', 'drops', 'turbo']);

export const twitch: SiteAdapter = {
  descriptor: {
    id: 'twitch',
    hosts: ['www.twitch.tv'],
    hostIdPattern: 'twitch\\.tv/([A-Za-z0-9_]+)',
    selectors: {
      chatContainer: ['[data-test-selector="chat-scrollable-area__message-container"]', '.chat-scrollable-area__message-container', '.chat-list--default', '.chat-list'],
      chatRow: ['.chat-line__message'],
      chatAuthor: ['[data-a-target="chat-message-username"]', '.chat-author__display-name'],
      chatText: ['[data-a-target="chat-line-message-body"]', '[data-a-target="chat-message-text"]'],
      systemNotice: ['.chat-line__status', '[data-a-target="chat-welcome-message"]'],
      title: ['[data-a-target="stream-title"]'],
      hostName: ['[data-a-target="user-channel-header-username"]', '[data-test-selector="stream-info-card-component__title-link"]', 'h1.tw-title'],
      hostLink: [],
      viewers: ['[data-a-target="animated-channel-viewers-count"]'],
      likes: [],
      productCard: [],
      productTitle: [],
      productPrice: [],
      productOriginalPrice: [],
      tipButtons: ['[data-a-target="bits-button"]', '[data-a-target="top-nav-get-bits-button"]', '[data-a-target="gift-button"]', '[data-a-target="subscribe-button"]'],
      giftLeaderboards: ['[data-test-selector="channel-leaderboard-container"]', '.channel-leaderboard'],
      buyButtons: [],
      virtualHost: [],
    },
  },
  roomId(url) {
    const segs = url.pathname.split('/').filter(Boolean);
    const login = segs[0] === 'popout' ? segs[1] : segs[0];
    return login && /^[A-Za-z0-9_]{2,25}$/.test(login) && !NOT_CHANNELS.has(login) ? login.toLowerCase() : null;
  },
  hostIdFromUrl(url) {
    return this.roomId(url);
  },
};

/** Twitch: everything LiveGuard knows about the site, as data (issue 17; sites.md). */
import type { SiteDescriptorData } from '../descriptor';

export const twitchSite = {
  id: 'twitch' as const,
  hosts: ['www.twitch.tv'],
  matches: ['https://www.twitch.tv/*'],
  rooms: [{ path: '^/(?:popout/)?([A-Za-z0-9_]{2,25})(?:/|$)', lowercase: true, exclude: ['directory', 'videos', 'settings', 'search', 'downloads', 'p', 'subscriptions', 'inventory', 'wallet', 'drops', 'turbo', 'popout'] }],
  platformDomains: ['twitch.tv'],
  language: 'en',
  quirks: { hostIdFromUrl: 'room' },
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
    // Seller (R-INFO-24): Twitch sells nothing in the room (no product cards, sites.md §6), so it discloses no seller.
    sellerName: [],
    sellerLink: [],
    sellerLicence: [],
    productShop: [],
    tipButtons: ['[data-a-target="bits-button"]', '[data-a-target="top-nav-get-bits-button"]', '[data-a-target="gift-button"]', '[data-a-target="subscribe-button"]'],
    giftLeaderboards: ['[data-test-selector="channel-leaderboard-container"]', '.channel-leaderboard'],
    buyButtons: [],
    virtualHost: [],
  },
} satisfies SiteDescriptorData;

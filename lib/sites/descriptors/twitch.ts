/** Twitch: everything LiveGuard knows about the site, as data (issue 17; sites.md). */
import type { SiteDescriptorData } from '../descriptor';
import { twitchAddress } from './address/twitch';

/** its address (./address/twitch.ts) and how to read its room pages: the background's, handed to the content script with the rules */
export const twitchSite = {
  ...twitchAddress,
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

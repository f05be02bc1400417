/** YouTube Live: everything LiveGuard knows about the site, as data (issue 17; sites.md). */
import type { SiteDescriptorData } from '../descriptor';
import { youtubeAddress } from './address/youtube';

/** its address (./address/youtube.ts) and how to read its room pages: the background's, handed to the content script with the rules */
export const youtubeSite = {
  ...youtubeAddress,
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
    // Seller (R-INFO-24). No real capture in ../shared/data shows a seller (those captures are chat rows only);
    // YouTube's product shelf names the retailer under each item; `.product-item-description` is INFERRED from
    // the shelf's own class naming (sites.md §7 has its title/price only). The channel is the host, not a seller;
    // YouTube shows no licence page.
    sellerName: [],
    sellerLink: [],
    sellerLicence: [],
    productShop: ['.product-item-description', '.product-item-merchant'],
    tipButtons: ['#sponsor-button', 'yt-live-chat-product-picker-renderer', '#product-picker', 'yt-live-chat-paid-message-renderer #purchase-amount'],
    giftLeaderboards: ['yt-live-chat-ticker-renderer'],
    buyButtons: ['ytd-merch-shelf-item-renderer a'],
    virtualHost: [],
  },
} satisfies SiteDescriptorData;

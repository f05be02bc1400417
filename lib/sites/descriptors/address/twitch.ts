/**
 * Twitch: where the site is and which of its pages are rooms (its id, hosts (its match patterns derive from them), room
 * rules, own domains, URL quirks). The content script bundles only this part (issue 13); how to read
 * the room's page (selectors, id pattern) is in ../twitch.ts, handed over by the background.
 */
import type { SiteAddressData } from '../../descriptor';

export const twitchAddress = {
  id: 'twitch' as const,
  hosts: ['www.twitch.tv'],
  rooms: [{ path: '^/(?:popout/)?([A-Za-z0-9_]{2,25})(?:/|$)', lowercase: true, exclude: ['directory', 'videos', 'settings', 'search', 'downloads', 'p', 'subscriptions', 'inventory', 'wallet', 'drops', 'turbo', 'popout'] }],
  platformDomains: ['twitch.tv'],
  language: 'en',
  quirks: { hostIdFromUrl: 'room' },
} satisfies SiteAddressData;

/**
 * TikTok LIVE: where the site is and which of its pages are rooms (its id, hosts (its match patterns derive from them), room
 * rules, own domains, URL quirks). The content script bundles only this part (issue 13); how to read
 * the room's page (selectors, id pattern) is in ../tiktok.ts, handed over by the background.
 */
import type { SiteAddressData } from '../../descriptor';

export const tiktokAddress = {
  id: 'tiktok' as const,
  hosts: ['www.tiktok.com'],
  rooms: [{ path: '^/@([A-Za-z0-9_.]+)/live' }],
  platformDomains: ['tiktok.com'],
  language: 'en',
  quirks: { hostIdFromUrl: '^/@([A-Za-z0-9_.]+)' },
} satisfies SiteAddressData;

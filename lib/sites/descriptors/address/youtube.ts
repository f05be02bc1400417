/**
 * YouTube Live: where the site is and which of its pages are rooms (its id, hosts (its match patterns derive from them), room
 * rules, own domains, URL quirks). The content script bundles only this part (issue 13); how to read
 * the room's page (selectors, id pattern) is in ../youtube.ts, handed over by the background.
 */
import type { SiteAddressData } from '../../descriptor';

export const youtubeAddress = {
  id: 'youtube' as const,
  hosts: ['www.youtube.com'],
  rooms: [{ param: 'v' }, { path: '^/live/([A-Za-z0-9_-]+)' }],
  platformDomains: ['youtube.com', 'youtu.be'],
  language: 'en',
  quirks: { chatFrame: '/live_chat' },
} satisfies SiteAddressData;

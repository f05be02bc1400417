/**
 * 哔哩哔哩直播 Bilibili Live: where the site is and which of its pages are rooms (its id, hosts (its match patterns derive from them), room
 * rules, own domains, URL quirks). The content script bundles only this part (issue 13); how to read
 * the room's page (selectors, id pattern) is in ../bilibili.ts, handed over by the background.
 */
import type { SiteAddressData } from '../../descriptor';

export const bilibiliAddress = {
  id: 'bilibili' as const,
  hosts: ['live.bilibili.com'],
  rooms: [{ path: '^/(?:blanc/)?(\\d+)' }],
  platformDomains: ['bilibili.com', 'b23.tv'],
  language: 'zh',
  quirks: {},
} satisfies SiteAddressData;

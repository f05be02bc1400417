/**
 * 快手直播 Kuaishou: where the site is and which of its pages are rooms (its id, hosts (its match patterns derive from them), room
 * rules, own domains, URL quirks). The content script bundles only this part (issue 13); how to read
 * the room's page (selectors, id pattern) is in ../kuaishou.ts, handed over by the background.
 */
import type { SiteAddressData } from '../../descriptor';

export const kuaishouAddress = {
  id: 'kuaishou' as const,
  hosts: ['live.kuaishou.com'],
  rooms: [{ path: '^/u/([A-Za-z0-9_-]+)' }],
  // kwaixiaodian.com: Kuaishou's own shop platform (快手小店), where a room's shop link goes (R-INFO-24)
  platformDomains: ['kuaishou.com', 'kwaixiaodian.com'],
  language: 'zh',
  quirks: { hostIdFromUrl: 'room' },
} satisfies SiteAddressData;

/**
 * 淘宝直播 Taobao Live: where the site is and which of its pages are rooms (its id, hosts (its match patterns derive from them), room
 * rules, own domains, URL quirks). The content script bundles only this part (issue 13); how to read
 * the room's page (selectors, id pattern) is in ../taobao.ts, handed over by the background.
 */
import type { SiteAddressData } from '../../descriptor';

export const taobaoAddress = {
  id: 'taobao' as const,
  hosts: ['tbzb.taobao.com'],
  rooms: [{ param: 'liveId' }],
  platformDomains: ['taobao.com', 'tmall.com'],
  language: 'zh',
  quirks: {},
} satisfies SiteAddressData;

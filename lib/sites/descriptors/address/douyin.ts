/**
 * 抖音直播 Douyin: where the site is and which of its pages are rooms (its id, hosts (its match patterns derive from them), room
 * rules, own domains, URL quirks). The content script bundles only this part (issue 13); how to read
 * the room's page (selectors, id pattern) is in ../douyin.ts, handed over by the background.
 */
import type { SiteAddressData } from '../../descriptor';

export const douyinAddress = {
  id: 'douyin' as const,
  hosts: ['live.douyin.com', 'www.douyin.com'],
  rooms: [{ host: 'live.douyin.com', path: '^/(\\d+)' }, { host: 'www.douyin.com', param: 'live_web_rid' }],
  platformDomains: ['douyin.com', 'iesdouyin.com', 'jinritemai.com'],
  language: 'zh',
  quirks: {},
} satisfies SiteAddressData;

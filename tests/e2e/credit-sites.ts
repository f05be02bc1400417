/**
 * The seven sites' fixtures (tests/fixtures/sites) as the credit e2e uses them: the URL each is
 * served at, and the host name and account id its adapter reads there (URL or host link).
 */
import type { SiteId } from '../../lib/model';

export interface CreditSite {
  site: SiteId;
  url: string;
  /** route glob serving the fixture(s) */
  glob: string;
  fixture: string;
  hostName: string;
  hostId: string;
}

export const CREDIT_SITES: Record<SiteId, CreditSite> = {
  douyin: { site: 'douyin', url: 'https://live.douyin.com/880088001', glob: 'https://live.douyin.com/**', fixture: 'sites/douyin.html', hostName: '茶园直供', hostId: 'MS4wLjABAAAA_fixture_host' },
  kuaishou: { site: 'kuaishou', url: 'https://live.kuaishou.com/u/abc123', glob: 'https://live.kuaishou.com/**', fixture: 'sites/kuaishou.html', hostName: '工厂店老王', hostId: 'abc123' },
  taobao: { site: 'taobao', url: 'https://tbzb.taobao.com/live?liveId=7', glob: 'https://tbzb.taobao.com/**', fixture: 'sites/taobao.html', hostName: '羊绒小铺', hostId: '220011' },
  bilibili: { site: 'bilibili', url: 'https://live.bilibili.com/21452505', glob: 'https://live.bilibili.com/**', fixture: 'sites/bilibili.html', hostName: '开箱小能手', hostId: '3300221' },
  tiktok: { site: 'tiktok', url: 'https://www.tiktok.com/@someone/live', glob: 'https://www.tiktok.com/**', fixture: 'sites/tiktok.html', hostName: 'Glow Shop', hostId: 'someone' },
  youtube: { site: 'youtube', url: 'https://www.youtube.com/watch?v=abcdefghijk', glob: 'https://www.youtube.com/**', fixture: 'sites/youtube-watch.html', hostName: 'Gadget Lab', hostId: '@gadgetlab' },
  twitch: { site: 'twitch', url: 'https://www.twitch.tv/somechannel', glob: 'https://www.twitch.tv/**', fixture: 'sites/twitch.html', hostName: 'somechannel', hostId: 'somechannel' },
};

/** What the e2e puts on the server: blacklisted, low credit, good credit, and (absent) unknown. */
export const BLACKLISTED: SiteId[] = ['douyin', 'twitch'];
export const LOW: SiteId[] = ['kuaishou', 'bilibili'];
export const GOOD: SiteId[] = ['taobao'];
export const UNKNOWN: SiteId[] = ['tiktok', 'youtube'];
export const REASON = 'E2E: sold fake tea as certified organic; refused refunds';
export const SOURCE = 'E2E market regulator notice';

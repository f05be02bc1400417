/**
 * The seven sites' fixtures (demo/sites) as the credit e2e uses them: the URL each is
 * served at, and the host name and account id its adapter reads there (URL or host link).
 */
import type { SiteId } from '../../lib/model';
import type { RunningServer } from '../../server/src/server';
import { createToken } from '../../server/src/store/tokens';

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

export const UPDATED = '2026-11-20T00:00:00.000Z';
export const SINCE = '2026-09-15';
export const COUNTS = { blacklisted: 88, low: 19, good: 0 } as const;

export function expectedLevel(site: SiteId): 'level1' | 'level2' | 'level5' | 'none' {
  return BLACKLISTED.includes(site) ? 'level1' : LOW.includes(site) ? 'level2' : GOOD.includes(site) ? 'level5' : 'none';
}

/** Puts the fixture hosts on the real server through its admin API, as an operator would. */
export async function seedFixtureHosts(api: RunningServer): Promise<void> {
  const token = await createToken(api.db, `e2e-credit-${Date.now()}`);
  const post = async (path: string, body: unknown) => {
    const r = await fetch(api.url + path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (r.status >= 300) throw new Error(`${path}: HTTP ${r.status} ${await r.text()}`);
  };
  const record = (site: SiteId, level: number, complaints: number, platformPenalties: number, regulatorNotices: number) => ({
    site, accountId: CREDIT_SITES[site].hostId, level, complaints, platformPenalties, regulatorNotices, updatedAt: UPDATED,
  });
  await post('/v1/admin/credit', [
    ...BLACKLISTED.map((s) => record(s, 1, COUNTS.blacklisted, 4, 2)),
    ...LOW.map((s) => record(s, 2, COUNTS.low, 1, 0)),
    ...GOOD.map((s) => record(s, 5, COUNTS.good, 0, 0)),
  ]);
  for (const site of BLACKLISTED) await post('/v1/admin/blacklist', { site, accountId: CREDIT_SITES[site].hostId, reason: REASON, source: SOURCE, since: SINCE });
  // enough listed accounts that one request can name a bucket of >= 16 (issue 14); tiktok ones
  // can be opened by URL (https://www.tiktok.com/@<id>/live)
  await post('/v1/admin/credit', LISTED_FILLERS.map((accountId) => ({ site: 'tiktok', accountId, level: 4, complaints: 1, platformPenalties: 0, regulatorNotices: 0, updatedAt: UPDATED })));
  // a publish puts all of them in the bundle's prefix set
  await post('/v1/admin/bundle', {});
}

/** Listed tiktok accounts beyond the fixture hosts: 40 + the demo's 10 + the fixtures' 5 */
export const LISTED_FILLERS = Array.from({ length: 40 }, (_, i) => `e2e_listed_${i}`);

/** Strings no request to the API may carry: account ids, host names, page URLs and hosts. */
export function forbiddenInRequests(extra: string[] = []): string[] {
  return Object.values(CREDIT_SITES)
    .flatMap((s) => {
      const u = new URL(s.url);
      return [s.hostId, s.hostName, s.url, u.hostname, u.pathname, encodeURIComponent(s.hostId), encodeURIComponent(s.hostName), encodeURIComponent(s.url)];
    })
    .concat(extra)
    .filter((x) => x.length > 3);
}
/** one lookup: the viewer's prefix among decoys, comma-separated (issue 14) */
export const CREDIT_PATH = /^\/v1\/credit\/[0-9a-f]{4,8}(,[0-9a-f]{4,8})*$/;
export const ALLOWED_PATH = /^\/v1\/(credit\/[0-9a-f]{4,8}(,[0-9a-f]{4,8})*|bundle(\?[^/]*)?)$/;

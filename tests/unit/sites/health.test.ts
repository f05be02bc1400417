// Issue 17: the site-health model (pure): how each part is read, n/a parts, status, what still works.
import { describe, expect, it } from 'vitest';
import { siteHealth } from '@/lib/sites/health';
import { SiteHealthSchema } from '@/lib/sites/health-schema';
import { douyinSite } from '@/lib/sites/descriptors/douyin';
import { twitchSite } from '@/lib/sites/descriptors/twitch';

describe('siteHealth', () => {
  it('every part by selectors: ok, nothing to list', () => {
    const h = siteHealth(douyinSite, { chat: 'selectors', host: 'selectors', title: 'selectors', product: 'selectors', counters: 'selectors' });
    expect(h).toEqual({ site: 'douyin', status: 'ok', stillWorks: [], parts: ['chat', 'host', 'title', 'product', 'counters'].map((part) => ({ part, how: 'selectors' })) });
    expect(SiteHealthSchema.parse(h)).toEqual(h);
  });
  it('after a redesign: chat by fallback is degraded and lists what still works', () => {
    const h = siteHealth(douyinSite, { chat: 'fallback', host: 'fallback', title: 'fallback', product: 'none', counters: 'none' });
    expect(h.status).toBe('degraded');
    expect(h.stillWorks).toEqual(['chat', 'host', 'title']);
  });
  it('no chat read: broken, and the parts still read are named', () => {
    const h = siteHealth(douyinSite, { chat: 'none', host: 'selectors', title: 'fallback', product: 'selectors', counters: 'none' });
    expect(h.status).toBe('broken');
    expect(h.stillWorks).toEqual(['host', 'title', 'product']);
  });
  it('parts a site does not have are n/a, not failures (Twitch has no product cards)', () => {
    const h = siteHealth(twitchSite, { chat: 'selectors', host: 'selectors', title: 'selectors', product: 'none', counters: 'selectors' });
    expect(h.parts.find((p) => p.part === 'product')!.how).toBe('na');
    expect(h.status).toBe('ok');
  });
});

// Issue 13: the report rate limiter keys an IPv6 client by its /64 and stays bounded without ever
// resetting everyone at once (R-SYNC-23).
import { describe, expect, it } from 'vitest';
import { clientKey, RateLimiter } from '../src/rate-limit';

describe('clientKey', () => {
  it('one IPv6 /64 is one client, whatever the spelling; the next /64 is another', () => {
    const k = clientKey('2001:db8:1:2::1');
    for (const a of ['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:0DB8:0001:0002:0:0:0:9', '2001:db8:1:2:abcd::']) expect(clientKey(a)).toBe(k);
    expect(clientKey('2001:db8:1:3::1')).not.toBe(k);
  });
  it('IPv4 keys on the full address; IPv4-mapped IPv6 is the same IPv4 client', () => {
    expect(clientKey('::ffff:198.51.100.7')).toBe(clientKey('198.51.100.7'));
    expect(clientKey('198.51.100.7')).not.toBe(clientKey('198.51.100.8'));
  });
});

describe('RateLimiter', () => {
  it('addresses of one /64 share one quota', () => {
    const l = new RateLimiter(3, 60_000);
    const results = Array.from({ length: 5 }, (_, i) => l.allow(`2001:db8:aa:bb::${i + 1}`, 1000));
    expect(results).toEqual([true, true, true, false, false]);
    expect(l.allow('2001:db8:aa:bc::1', 1000)).toBe(true);
  });

  it('a new window allows again', () => {
    const l = new RateLimiter(1, 60_000);
    expect(l.allow('203.0.113.1', 0)).toBe(true);
    expect(l.allow('203.0.113.1', 59_999)).toBe(false);
    expect(l.allow('203.0.113.1', 60_000)).toBe(true);
  });

  it('stays bounded under a spray of 150k networks, and a client that keeps posting stays limited', () => {
    const l = new RateLimiter(2, 60_000);
    const abuser = '2001:db8:dead:beef::1';
    expect([l.allow(abuser, 0), l.allow(abuser, 0), l.allow(abuser, 0)]).toEqual([true, true, false]);
    for (let i = 0; i < 150_000; i++) {
      l.allow(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, 1);
      if (i % 1000 === 0) expect(l.allow(abuser, 1), `after ${i} other clients`).toBe(false);
    }
    expect(l.size).toBeLessThanOrEqual(100_000);
    expect(l.allow(abuser, 2)).toBe(false);
  });
});

/**
 * The history checks over days and time zones (issue 19), with the clock injected: the same instants
 * fall on different calendar days in Asia/Shanghai and UTC, and the 7-day reference window counts
 * the viewer's days.
 */
import { describe, expect, it } from 'vitest';
import { observe, chartOf } from '@/lib/price/observe';
import { checkOriginal, checkRaiseBeforeDiscount } from '@/lib/price/checks';
import { dayKey, daysBefore, startOfDay } from '@/lib/price/days';
import { priceFinding } from '@/lib/price/finding';
import { FindingSchema } from '@/lib/model';
import type { PricePoint, PriceSeen } from '@/lib/price/schema';

const SH = 'Asia/Shanghai';
const card = (price: number | null, original: number | null = null, title = '53度白酒 整箱特价'): NonNullable<PriceSeen['card']> => ({
  title,
  productId: null,
  price,
  original,
  text: `${title} ${original ? `原价¥${original} ` : ''}今天¥${price}`,
});

/** feeds observations through observe() the way the background does, keeping the history */
function session(tz: string) {
  const history: PricePoint[] = [];
  return {
    history,
    see(at: string | number, c: PriceSeen['card'], said: PriceSeen['said'] = null, roomId = 'r1') {
      const now = typeof at === 'number' ? at : Date.parse(at);
      const r = observe({ site: 'douyin', roomId, card: c, said }, history, now, tz);
      history.push(...r.add);
      return r.issues;
    },
  };
}

describe('days in a time zone', () => {
  it('a UTC evening is the next day in Shanghai', () => {
    const t = Date.parse('2026-12-01T17:30:00Z');
    expect(dayKey(t, 'UTC')).toBe('2026-12-01');
    expect(dayKey(t, SH)).toBe('2026-12-02');
    expect(new Date(startOfDay(t, SH)).toISOString()).toBe('2026-12-01T16:00:00.000Z');
    expect(new Date(daysBefore(t, 7, SH)).toISOString()).toBe('2026-11-24T16:00:00.000Z');
    expect(new Date(daysBefore(t, 7, 'UTC')).toISOString()).toBe('2026-11-24T00:00:00.000Z');
  });
  it('counts a DST day as one day', () => {
    const t = Date.parse('2026-03-09T12:00:00-04:00'); // the day after the spring change in New York
    expect(new Date(daysBefore(t, 1, 'America/New_York')).toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });
});

describe('claimed original price vs the 7 days before', () => {
  it('warns when 原价¥1999 is above every price seen (¥89, days earlier), with that price and date', () => {
    const s = session(SH);
    expect(s.see('2026-12-01T12:00:00+08:00', card(89))).toEqual([]);
    const issues = s.see('2026-12-04T20:00:00+08:00', card(99, 1999));
    expect(issues.map((i) => i.kind)).toEqual(['fake_original']);
    expect(issues[0].seen).toEqual([{ at: Date.parse('2026-12-01T12:00:00+08:00'), price: 89 }]);
    const f = FindingSchema.parse(priceFinding(issues[0], SH, Date.now()));
    expect(f).toMatchObject({ category: 'price_fraud', severity: 'warning', messageKey: 'priceFakeOriginal' });
    expect(f.matched.text).toContain('¥89 2026-12-01 12:00');
    expect(f.matched.text).toContain('原价¥1999');
  });
  it('is silent when the claimed price was charged in the window, or when nothing was seen before today', () => {
    const s = session(SH);
    s.see('2026-12-01T12:00:00+08:00', card(1999));
    expect(s.see('2026-12-04T20:00:00+08:00', card(99, 1999))).toEqual([]);
    const fresh = session(SH);
    expect(fresh.see('2026-12-04T20:00:00+08:00', card(99, 1999))).toEqual([]);
    // seen earlier the same day only: that is the promotion itself, not the 7 days before
    const sameDay = session(SH);
    sameDay.see('2026-12-04T09:00:00+08:00', card(89));
    expect(sameDay.see('2026-12-04T20:00:00+08:00', card(99, 1999))).toEqual([]);
  });
  it('the window follows the viewer\'s days: 8 Shanghai days back is outside, so it is "never seen charged"', () => {
    const seenAt = Date.parse('2026-11-26T15:30:00Z'); // 11-26 23:30 Shanghai, 11-26 UTC
    const claimAt = Date.parse('2026-12-03T16:30:00Z'); // 12-04 00:30 Shanghai, 12-03 UTC
    const h: PricePoint[] = [{ key: 'k', titleKey: 'k', site: 'douyin', at: seenAt, roomId: 'r', source: 'card', price: 89, original: null }];
    expect(checkOriginal(h, 1999, 'q', claimAt, 'UTC')?.kind).toBe('fake_original'); // 7 UTC days back from 12-03 is 11-26
    expect(checkOriginal(h, 1999, 'q', claimAt, SH)?.kind).toBe('never_charged'); // 7 Shanghai days back from 12-04 is 11-27
  });
});

describe('back up after the deadline', () => {
  it('"back to ¥459 in one minute" is caught when the same price is seen after the minute', () => {
    const s = session(SH);
    const t0 = Date.parse('2026-12-04T20:00:00+08:00');
    s.see(t0, card(399, 459));
    expect(s.see(t0 + 5_000, card(399, 459), { source: 'chat', text: '一分钟后恢复¥459！' })).toEqual([]);
    expect(s.see(t0 + 30_000, card(399, 459)).map((i) => i.kind)).toEqual([]); // not due yet
    const late = s.see(t0 + 70_000, card(399, 459));
    expect(late.map((i) => i.kind)).toEqual(['back_up_false']);
    expect(late[0].claimed).toBe(459);
    expect(late[0].seen.map((x) => x.price)).toEqual([399, 399]);
  });
  it('is silent when the price did go back up', () => {
    const s = session(SH);
    const t0 = Date.parse('2026-12-04T20:00:00+08:00');
    s.see(t0, card(399));
    s.see(t0 + 1000, card(399), { source: 'title', text: 'back to $459 in one minute' });
    expect(s.see(t0 + 70_000, card(459))).toEqual([]);
  });
  it('"after the stream" is due on a later day', () => {
    const s = session(SH);
    s.see('2026-12-04T22:00:00+08:00', card(399), { source: 'chat', text: '下播就涨回原价' });
    expect(s.see('2026-12-04T23:30:00+08:00', card(399))).toEqual([]);
    expect(s.see('2026-12-05T10:00:00+08:00', card(399)).map((i) => i.kind)).toEqual(['back_up_false']);
  });
});

describe('repeated scarcity, said vs card, raising before discounting', () => {
  it('the same "last 3 units" minutes later is a repeat', () => {
    const s = session(SH);
    const t0 = Date.parse('2026-12-04T20:00:00+08:00');
    expect(s.see(t0, card(99), { source: 'chat', text: '最后3单！' })).toEqual([]);
    expect(s.see(t0 + 60_000, card(99), { source: 'chat', text: '最后三单' })).toEqual([]);
    expect(s.see(t0 + 10 * 60_000, card(99), { source: 'chat', text: '最后3单了！' }).map((i) => i.kind)).toEqual(['scarcity_repeat']);
  });
  it('a price said as an offer that is not the card\'s', () => {
    const s = session(SH);
    const t0 = Date.parse('2026-12-04T20:00:00+08:00');
    expect(s.see(t0, card(129), { source: 'title', text: '今天只要九十九元' }).map((i) => [i.kind, i.claimed])).toEqual([['said_vs_card', 99]]);
    expect(s.see(t0, card(99), { source: 'title', text: '今天只要九十九元' })).toEqual([]);
    expect(s.see(t0, card(99), { source: 'chat', text: '两千元的手机有吗' })).toEqual([]); // not an offer
  });
  it('a price that rose in the days before a "discount" to no less than before', () => {
    const s = session(SH);
    s.see('2026-11-28T12:00:00+08:00', card(89));
    s.see('2026-12-01T12:00:00+08:00', card(129));
    const issues = s.see('2026-12-04T20:00:00+08:00', card(99, 129));
    expect(issues.map((i) => i.kind)).toEqual(['raise_before_discount']);
    expect(issues[0].seen.map((x) => x.price)).toEqual([89, 129]);
    // a discount below the old price is a real one
    expect(checkRaiseBeforeDiscount(s.history, 79, 129, 'q', Date.parse('2026-12-04T20:00:00+08:00'), SH)).toBeNull();
  });
  it('stores a re-read of the same card once per 10 minutes, and charts card prices only', () => {
    const s = session('UTC');
    const t0 = Date.parse('2026-12-04T20:00:00Z');
    for (let i = 0; i < 20; i++) s.see(t0 + i * 2000, card(99));
    s.see(t0 + 50_000, card(99), { source: 'chat', text: '只要¥79' });
    expect(s.history.filter((p) => p.source === 'card')).toHaveLength(1);
    expect(chartOf(s.history)).toEqual([{ at: t0, price: 99, original: null }]);
  });
});

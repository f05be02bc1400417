// issue 24: the refund request, the room record and the payment lines, pure.
import { describe, expect, it } from 'vitest';
import { buildRefundRequest, EVIDENCE_MARGIN_MS, parsePaymentLines } from '@/lib/protection/refund-request';
import { recordVisit, type RoomVisit } from '@/lib/protection/room-visits';
import { MINOR_REFUND_CHANNELS } from '@/lib/sites/descriptors/minor-refund';
import { SITE_IDS } from '@/lib/sites/descriptors';
import type { LogEntry } from '@/lib/protection/activity-log';

const T = Date.parse('2026-11-22T21:40:00+08:00');

describe('room visits', () => {
  it('ticks of one room extend one visit; a break or another room starts a new one; tip controls keep their maximum', () => {
    let v: RoomVisit[] = [];
    v = recordVisit(v, T, { site: 'douyin', roomId: '1', hostName: 'A', tipButtons: 2 });
    v = recordVisit(v, T + 30_000, { site: 'douyin', roomId: '1', tipButtons: 5 });
    v = recordVisit(v, T + 60_000, { site: 'douyin', roomId: '1', tipButtons: 1 });
    v = recordVisit(v, T + 90_000, { site: 'douyin', roomId: '2' });
    v = recordVisit(v, T + 3_600_000, { site: 'douyin', roomId: '1' });
    expect(v).toEqual([
      { site: 'douyin', roomId: '1', hostName: 'A', from: T, to: T + 60_000, tipButtons: 5 },
      { site: 'douyin', roomId: '2', hostName: undefined, from: T + 90_000, to: T + 90_000, tipButtons: 0 },
      { site: 'douyin', roomId: '1', hostName: undefined, from: T + 3_600_000, to: T + 3_600_000, tipButtons: 0 },
    ]);
  });
});

describe('refund request', () => {
  const visits: RoomVisit[] = [
    { site: 'douyin', roomId: '880088000', hostName: 'host', from: T - 30 * 60_000, to: T + 10 * 60_000, tipButtons: 3 },
    { site: 'douyin', roomId: 'old', from: T - 3 * 86_400_000, to: T - 3 * 86_400_000 + 60_000, tipButtons: 1 },
    { site: 'twitch', roomId: 'other-site', from: T, to: T + 60_000, tipButtons: 2 },
  ];
  const log: LogEntry[] = [
    { at: T - 10 * 60_000, kind: 'gap', from: T - 45 * 60_000, ms: 35 * 60_000, detail: 'not-running' },
    { at: T - 5 * 86_400_000, kind: 'pin-fail' },
    { at: T + 60_000, kind: 'gate-shown', gate: 'budget', site: 'douyin', roomId: '880088000' },
    { at: T + 60_000, kind: 'gate-shown', gate: 'budget', site: 'twitch', roomId: 'x' },
  ];

  it('carries the guardian\'s payments, the visits and log entries of the period on that platform, and the channel', () => {
    const r = buildRefundRequest({ site: 'douyin', account: 'kid123', childAge: 12, payments: [{ at: T, amount: '648.00' }, { at: T - 60_000, amount: '1,000.5', note: 'gift' }] }, visits, log);
    expect(r.form.payments.map((p) => p.at)).toEqual([T - 60_000, T]);
    expect(r.period).toEqual({ from: T - 60_000 - EVIDENCE_MARGIN_MS, to: T + EVIDENCE_MARGIN_MS });
    expect(r.visits.map((v) => v.roomId)).toEqual(['880088000']);
    expect(r.log.map((e) => e.at)).toEqual([T - 10 * 60_000, T + 60_000]);
    expect(r.log.find((e) => e.kind === 'gap')?.from).toBe(T - 45 * 60_000);
    expect(r.total).toEqual([{ currency: 'CNY', amount: '1648.50' }]);
    expect(r.channel.confirmed).toBe(false);
    expect(r.channel.url).toBeNull();
  });

  it('refuses a request without an account, a payment or a minor\'s age', () => {
    expect(() => buildRefundRequest({ site: 'douyin', account: '', childAge: 12, payments: [{ at: T, amount: '1' }] }, [], [])).toThrow();
    expect(() => buildRefundRequest({ site: 'douyin', account: 'a', childAge: 12, payments: [] }, [], [])).toThrow();
    expect(() => buildRefundRequest({ site: 'douyin', account: 'a', childAge: 19, payments: [{ at: T, amount: '1' }] }, [], [])).toThrow();
  });

  it('every site has a channel entry; a URL only where it is confirmed, and each says where it was found', () => {
    expect(Object.keys(MINOR_REFUND_CHANNELS).sort()).toEqual([...SITE_IDS].sort());
    for (const c of Object.values(MINOR_REFUND_CHANNELS)) {
      expect(c.url === null || c.confirmed).toBe(true);
      if (c.confirmed) expect(c.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('payment lines', () => {
  it('reads "date time, amount, note" in this computer\'s zone; names the first bad line', () => {
    const r = parsePaymentLines('2026-11-22 21:40, 648.00, 充值\n\n2026-11-22 21:45，30');
    expect(r).toEqual({ payments: [
      { at: new Date(2026, 10, 22, 21, 40).getTime(), amount: '648.00', currency: 'CNY', note: '充值' },
      { at: new Date(2026, 10, 22, 21, 45).getTime(), amount: '30', currency: 'CNY', note: '' },
    ] });
    expect(parsePaymentLines('2026-11-22 21:40, 648\nyesterday, 5')).toEqual({ badLine: 2 });
    expect(parsePaymentLines('2026-11-22 21:40, abc')).toEqual({ badLine: 1 });
  });
});

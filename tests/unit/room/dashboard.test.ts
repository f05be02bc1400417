// Issue 18 item 2: the popup's view model: tiers, the latest three, the pause's expiry (fake clock),
// protection's budget and curfew.
import { describe, expect, it } from 'vitest';
import { dashboardModel, pauseView } from '@/lib/room/dashboard';
import type { RoomState } from '@/lib/room/protocol';
import { ROOM_PAUSE_MS } from '@/lib/overlay/room-pause';
import { SUPPORTED_SITES } from '@/lib/sites/supported';
import { SITE_DESCRIPTORS } from '@/lib/sites/descriptors/all';

const T0 = Date.UTC(2026, 11, 7, 12, 0, 0);
type F = RoomState['findings'][number];
const f = (severity: F['severity'], category: F['category'], at: number): F => ({ severity, category, ruleId: 'R-RISK-1', at });

function room(over: Partial<RoomState> = {}): RoomState {
  return {
    site: 'douyin',
    roomId: '880088000',
    hostName: '严选好物小美',
    title: null,
    findings: [],
    interstitial: null,
    popups: [],
    ui: { attached: true, repairs: 0, lastRepair: [] },
    credit: null,
    protection: null,
    health: null,
    pausedUntil: null,
    rulesVersion: 1,
    ...over,
  };
}

describe('dashboard model', () => {
  it('counts findings per tier, most severe first, and names the worst', () => {
    const m = dashboardModel(room({ findings: [f('notice', 'price_fraud', 1), f('warning', 'off_platform', 2), f('notice', 'price_fraud', 3), f('critical', 'prohibited_goods', 4)] }), T0);
    expect(m.tiers).toEqual([
      { severity: 'critical', count: 1 },
      { severity: 'warning', count: 1 },
      { severity: 'notice', count: 2 },
    ]);
    expect(m.total).toBe(4);
    expect(m.worst).toBe('critical');
    expect(dashboardModel(room(), T0).worst).toBeNull();
  });

  it('shows the latest three, newest first, ties in the room order', () => {
    const list = [f('notice', 'price_fraud', 10), f('warning', 'off_platform', 30), f('warning', 'false_claim', 20), f('notice', 'harassment', 30), f('critical', 'prohibited_goods', 5)];
    const m = dashboardModel(room({ findings: list }), T0);
    expect(m.latest.map((x) => x.category)).toEqual(['harassment', 'off_platform', 'false_claim']);
    expect(dashboardModel(room({ findings: list.slice(0, 2) }), T0).latest).toHaveLength(2);
  });

  it('a pause counts down in whole minutes and expires by the clock', () => {
    const until = T0 + ROOM_PAUSE_MS;
    expect(pauseView(until, T0)).toEqual({ active: true, until, minutesLeft: 60 });
    expect(pauseView(until, T0 + 59_000).minutesLeft).toBe(60); // 59:01 left reads 60
    expect(pauseView(until, until - 1).minutesLeft).toBe(1);
    expect(pauseView(until, until)).toEqual({ active: false, until: null, minutesLeft: 0 });
    expect(dashboardModel(room({ pausedUntil: until }), T0 + 30 * 60_000).pause.minutesLeft).toBe(30);
    expect(dashboardModel(room({ pausedUntil: until }), T0 + ROOM_PAUSE_MS + 1).pause.active).toBe(false);
  });

  it('protection: minutes left rounded down, the curfew in force or next', () => {
    const p = { active: true, gate: null, budgetMs: 60 * 60_000, remainingMs: 25 * 60_000 + 59_000, curfewStartsAt: T0 + 3_600_000, curfewEndsAt: null, timeZone: 'Asia/Shanghai' };
    const m = dashboardModel(room({ protection: p }), T0).protection!;
    expect(m.budgetMinutesLeft).toBe(25);
    expect(m.budgetMinutes).toBe(60);
    expect(m.curfew).toEqual({ startsAt: T0 + 3_600_000, endsAt: null, inForce: false });
    const during = dashboardModel(room({ protection: { ...p, gate: 'curfew', curfewStartsAt: null, curfewEndsAt: T0 + 1000 } }), T0).protection!;
    expect(during.curfew?.inForce).toBe(true);
    const none = dashboardModel(room({ protection: { ...p, budgetMs: null, remainingMs: null, curfewStartsAt: null } }), T0).protection!;
    expect(none.budgetMinutesLeft).toBeNull();
    expect(none.curfew).toBeNull();
    expect(dashboardModel(room(), T0).protection).toBeNull();
  });

  it('the supported sites are every site descriptor, with its hosts', () => {
    expect(SUPPORTED_SITES.map((s) => s.id)).toEqual(SITE_DESCRIPTORS.map((d) => d.id));
    expect(SUPPORTED_SITES.find((s) => s.id === 'douyin')?.hosts).toContain('live.douyin.com');
  });
});

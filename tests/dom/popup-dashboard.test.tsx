// @vitest-environment happy-dom
// Issue 18 item 2: the popup's dashboard components render the view model: tiers, latest three,
// credit, protection's budget and curfew, the pause switch and its undo; the outside view lists sites.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { RoomDashboard } from '@/components/popup/RoomDashboard';
import { OutsideRoom } from '@/components/popup/OutsideRoom';
import { dashboardModel } from '@/lib/room/dashboard';
import type { RoomState } from '@/lib/room/protocol';
import { ROOM_PAUSE_MS } from '@/lib/overlay/room-pause';
import { SUPPORTED_SITES } from '@/lib/sites/supported';

// fakeBrowser has no i18n catalog; keys (and their substitutions) stand in for translations (checked by i18n-keys.test.ts)
(browser.i18n as { getMessage: (k: string, s?: string | string[]) => string }).getMessage = (k, s) => (s === undefined ? k : `${k}(${[s].flat().join(',')})`);

const T0 = Date.UTC(2026, 11, 7, 12, 0, 0);
const state: RoomState = {
  site: 'douyin',
  roomId: '880088000',
  hostName: '<b>严选好物小美</b>',
  title: '今晚福利专场',
  findings: [
    { category: 'price_fraud', severity: 'notice', ruleId: 'R-RISK-1', at: T0 - 3000 },
    { category: 'off_platform', severity: 'warning', ruleId: 'R-OFF-7', at: T0 - 2000 },
    { category: 'prohibited_goods', severity: 'critical', ruleId: 'R-RISK-1', at: T0 - 1000 },
    { category: 'false_claim', severity: 'warning', ruleId: 'R-RISK-1', at: T0 - 500 },
  ],
  interstitial: null,
  popups: [],
  ui: { attached: true, repairs: 2, lastRepair: ['removed'] },
  credit: { state: 'level2', blacklisted: true, stale: false },
  protection: { active: true, gate: null, budgetMs: 3_600_000, remainingMs: 1_500_000, curfewStartsAt: null, curfewEndsAt: T0 + 3_600_000, timeZone: 'Asia/Shanghai' },
  health: null,
  pausedUntil: null,
  rulesVersion: 7,
};

function renderDashboard(room: RoomState, now = T0) {
  const onPause = vi.fn();
  const onResume = vi.fn();
  const r = render(<RoomDashboard room={room} model={dashboardModel(room, now)} pauseBusy={false} onPause={onPause} onResume={onResume} onReportBroke={() => undefined} />);
  return { ...r, onPause, onResume };
}

describe('RoomDashboard', () => {
  it('shows the room, host (as text) with credit and blacklist, tiers, the latest three and protection', () => {
    const { container } = renderDashboard(state);
    const q = (s: string) => container.querySelector(s)!;
    expect(q('[data-liveguard="popup-room"]').getAttribute('data-room')).toBe('880088000');
    expect(q('[data-liveguard="popup-host"]').textContent).toContain('<b>严选好物小美</b>'); // page text stays text
    expect(container.querySelector('[data-liveguard="popup-host"] b')).toBeNull();
    expect(q('[data-liveguard="popup-credit"]').getAttribute('data-state')).toBe('level2');
    expect(q('[data-liveguard="popup-credit"]').textContent).toContain('creditBlacklisted');
    expect([...container.querySelectorAll('.lg-pd-tier')].map((li) => [li.getAttribute('data-severity'), li.getAttribute('data-count')])).toEqual([
      ['critical', '1'], ['warning', '2'], ['notice', '1'],
    ]);
    expect([...container.querySelectorAll('[data-liveguard="popup-latest"] li')].map((li) => li.getAttribute('data-category'))).toEqual(['false_claim', 'prohibited_goods', 'off_platform']);
    expect(q('[data-liveguard="popup-budget"]').textContent).toBe('pdBudgetLeft(25,60)');
    expect(q('[data-liveguard="popup-curfew"]').getAttribute('data-in-force')).toBe('true');
    expect(q('[data-liveguard="popup-tampered"]').textContent).toBe('popupRoomTampered(2)');
    expect(q('[data-liveguard="popup-room-rules"]').getAttribute('data-version')).toBe('7');
  });

  it('the pause switch: pause when off; minutes left and resume when on; ended by the clock', () => {
    const off = renderDashboard(state);
    fireEvent.click(off.container.querySelector('[data-liveguard-action="popup-pause"]')!);
    expect(off.onPause).toHaveBeenCalledOnce();
    off.unmount();
    const on = renderDashboard({ ...state, pausedUntil: T0 + ROOM_PAUSE_MS }, T0 + 15 * 60_000);
    const box = on.container.querySelector('[data-liveguard="popup-pause"]')!;
    expect(box.getAttribute('data-paused')).toBe('true');
    expect(box.querySelector('[role="status"]')?.textContent).toBe('pdPaused(45)');
    fireEvent.click(box.querySelector('[data-liveguard-action="popup-resume"]')!);
    expect(on.onResume).toHaveBeenCalledOnce();
    on.unmount();
    const ended = renderDashboard({ ...state, pausedUntil: T0 + ROOM_PAUSE_MS }, T0 + ROOM_PAUSE_MS);
    expect(ended.container.querySelector('[data-liveguard="popup-pause"]')?.getAttribute('data-paused')).toBe('false');
  });
});

describe('OutsideRoom', () => {
  it('lists every supported site with its hosts', () => {
    const { container } = render(<OutsideRoom sites={SUPPORTED_SITES} />);
    const items = [...container.querySelectorAll('[data-liveguard="popup-sites"] li')];
    expect(items.map((li) => li.getAttribute('data-site'))).toEqual(SUPPORTED_SITES.map((s) => s.id));
    expect(items[0]?.textContent).toContain('live.douyin.com');
    expect(container.textContent).toContain('pdProtects');
  });
});

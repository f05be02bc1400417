// @vitest-environment happy-dom
// Issue 24's options sections are presentational: they show what the background told them and
// raise events (entrypoints/options/{guardian-watch,refund}-section.tsx do the sending).
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { GuardianWatchSection } from '@/components/options/GuardianWatchSection';
import type { GuardianView } from '@/components/options/GuardianSection';
import { RefundHelper } from '@/components/protection/RefundHelper';
import { buildRefundRequest } from '@/lib/protection/refund-request';
import { DEFAULT_SETTINGS } from '@/lib/protection/settings';

(browser.i18n as { getMessage: (k: string) => string }).getMessage = (k) => k;

const VIEW: GuardianView = {
  settings: { ...DEFAULT_SETTINGS, enabled: true }, locked: [], pinLocked: false, hasPin: true, pinWeak: false, lockedUntil: null, policyErrors: [],
  browserTimeZone: 'Asia/Shanghai', hasRecovery: true, skewMs: 3_600_000, incognitoAllowed: false, pinForSensitive: true, budgetSync: false, othersToday: null,
};
const T = Date.parse('2026-11-22T21:40:00+08:00');

describe('guardian watch section', () => {
  it('warns about private windows, shows the clock skew and the gaps, and raises export, print and clock events', () => {
    const on = { onClockRight: vi.fn(), onOptions: vi.fn(), onExportJson: vi.fn(), onPrint: vi.fn() };
    const log = [
      { at: T, kind: 'gap' as const, from: T - 35 * 60_000, ms: 35 * 60_000, detail: 'not-running' },
      { at: T + 1, kind: 'pin-ok' as const },
    ];
    const { container } = render(<GuardianWatchSection view={VIEW} log={log} busy={false} problem={null} {...on} />);
    const priv = container.querySelector('[data-liveguard="private-status"]')!;
    expect([priv.getAttribute('data-allowed'), priv.getAttribute('role'), priv.textContent]).toEqual(['false', 'alert', 'gwPrivateNo']);
    expect(container.querySelector('[data-liveguard="clock-status"]')?.getAttribute('data-skew')).toBe('3600000');
    const items = container.querySelectorAll('[data-liveguard="gap-log"] li');
    expect([...items].map((li) => li.getAttribute('data-kind'))).toEqual(['gap']); // the PIN entry is not a gap
    expect(container.querySelectorAll('[data-liveguard="bypass-table"] tbody tr')).toHaveLength(5);
    fireEvent.click(container.querySelector('[data-liveguard="export-log"]')!);
    fireEvent.click(container.querySelector('[data-liveguard="print-log"]')!);
    expect([on.onExportJson.mock.calls.length, on.onPrint.mock.calls.length]).toEqual([1, 1]);
  });
});

describe('refund helper', () => {
  it('shows the request with the payments, the records\' times and "not confirmed" where no official address was found', () => {
    const request = buildRefundRequest(
      { site: 'douyin', account: 'kid', childAge: 12, payments: [{ at: T, amount: '648.00' }] },
      [{ site: 'douyin', roomId: '880088000', from: T - 60_000, to: T + 60_000, tipButtons: 3 }],
      [{ at: T - 120_000, kind: 'gate-shown', gate: 'budget', site: 'douyin', roomId: '880088000' }],
    );
    const { container } = render(<RefundHelper request={request} problem={null} onPrepare={vi.fn()} onPrint={vi.fn()} />);
    expect(container.querySelector('[data-liveguard="refund-channel"]')?.getAttribute('data-confirmed')).toBe('false');
    expect(container.querySelector('[data-liveguard="refund-channel"]')?.textContent).toContain('refundNoUrl');
    expect(container.querySelector('[data-liveguard="refund-payments"] li')?.getAttribute('data-at')).toBe(String(T));
    expect(container.querySelector('[data-liveguard="refund-visits"] li')?.textContent).toContain(new Date(T - 60_000).toLocaleString());
    expect(container.querySelector('[data-liveguard="refund-log"] li')?.getAttribute('data-at')).toBe(String(T - 120_000));
  });
});

// @vitest-environment happy-dom
// R-MINOR-10/11: the guardian form sends only changed fields, never policy-fixed ones; the gate and
// countdown render from props. Real Preact in happy-dom.
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Countdown } from '@/components/protection/Countdown';
import { GateView } from '@/components/protection/GateView';
import { GuardianForm } from '@/components/protection/GuardianForm';
import { DEFAULT_SETTINGS } from '@/lib/protection/settings';
import { buildLocaleMessages } from '@/lib/locales-build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT's fakeBrowser has no i18n.getMessage; this stand-in serves the REAL built English messages
// with browser-style $1 substitution, so labels are the shipped ones.
const EN = buildLocaleMessages('locales').en;
fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return (EN[key]?.message ?? '').replace(/\$(\d)/g, (_m, d: string) => list[Number(d) - 1] ?? '');
}) as typeof fakeBrowser.i18n.getMessage;

afterEach(cleanup);

describe('GuardianForm', () => {
  it('disables policy-fixed fields and sends only what changed, with the PIN', () => {
    const onSave = vi.fn();
    const { container } = render(<GuardianForm settings={{ ...DEFAULT_SETTINGS, enabled: true, timeZone: 'Asia/Shanghai' }} locked={['enabled']} browserTimeZone="UTC" problem={null} saved={false} busy={false} onSave={onSave} />);
    const q = (n: string) => container.querySelector(`[name="${n}"]`) as HTMLInputElement;
    expect(q('enabled').disabled).toBe(true);
    expect(container.querySelectorAll('[data-liveguard="by-policy"]')).toHaveLength(1);
    fireEvent.input(q('budget'), { target: { value: '25' } });
    fireEvent.input(q('curfewStart'), { target: { value: '21:00' } });
    fireEvent.input(q('pin'), { target: { value: '482148' } });
    fireEvent.submit(container.querySelector('form')!);
    expect(onSave).toHaveBeenCalledWith('482148', { dailyBudgetMinutes: 25, curfew: { start: '21:00' } });
    expect(q('pin').value).toBe('');
  });
});

describe('gate and countdown', () => {
  it('the gate names its kind and frames the extension\'s PIN page (no PIN field in the page)', () => {
    const { container } = render(<GateView gate="curfew" curfewEndsAt={Date.parse('2026-11-23T06:00:00+08:00')} timeZone="Asia/Shanghai" pinFrameSrc="chrome-extension://abc/protection-pin.html#x" />);
    const gate = container.querySelector('[data-liveguard="protection-gate"]')!;
    expect(gate.getAttribute('data-gate')).toBe('curfew');
    expect(gate.querySelector('h2')!.textContent).toBe('It is rest time now');
    expect(gate.querySelector('p')!.textContent).toContain('06:00');
    expect(gate.querySelector('iframe')!.getAttribute('src')).toBe('chrome-extension://abc/protection-pin.html#x');
    expect(gate.querySelector('input')).toBeNull();
  });
  it('counts down in mm:ss', () => {
    const { container } = render(<Countdown remainingMs={61_500} />);
    expect(container.textContent).toBe('Left today: 01:02');
  });
});

// @vitest-environment happy-dom
// The options and popup sections are presentational (issue 16): they show what they are given and
// raise events; the pages do the sending (entrypoints/options/*-section.tsx, entrypoints/popup).
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { SyncSection } from '@/components/options/SyncSection';
import { EvidenceSection } from '@/components/options/EvidenceSection';
import { GuardianSection, type GuardianView } from '@/components/options/GuardianSection';
import { PopupComplaintButtons } from '@/components/complaints/PopupComplaintButtons';
import { DEFAULT_SETTINGS } from '@/lib/protection/settings';

// fakeBrowser has no i18n catalog; keys stand in for translations (the keys are checked elsewhere)
(browser.i18n as { getMessage: (k: string) => string }).getMessage = (k) => k;

const STATUS = { status: 'ok', lastSyncAt: 0, lastAttemptAt: 0, lastError: null, bundleVersion: 3, apiUrl: 'https://rules.example.org', customApiUrl: true, stale: false } as const;

describe('options and popup sections', () => {
  it('sync: shows the custom server, saves what is typed (trimmed; empty = built-in), syncs on demand', () => {
    const onSave = vi.fn();
    const onSyncNow = vi.fn();
    const { container, getByTestId, rerender } = render(<SyncSection status={STATUS} error={null} busy={false} onSave={onSave} onSyncNow={onSyncNow} />);
    expect((getByTestId('sync-url') as HTMLInputElement).value).toBe('https://rules.example.org');
    expect(container.querySelector('[data-liveguard="sync-status"]')?.getAttribute('data-version')).toBe('3');
    fireEvent.input(getByTestId('sync-url'), { target: { value: '  https://other.example.org  ' } });
    fireEvent.click(getByTestId('sync-save'));
    expect(onSave).toHaveBeenLastCalledWith('https://other.example.org');
    fireEvent.input(getByTestId('sync-url'), { target: { value: ' ' } });
    fireEvent.click(getByTestId('sync-save'));
    expect(onSave).toHaveBeenLastCalledWith(null);
    fireEvent.click(getByTestId('sync-now'));
    expect(onSyncNow).toHaveBeenCalledTimes(1);
    rerender(<SyncSection status={STATUS} error="offline" busy={true} onSave={onSave} onSyncNow={onSyncNow} />);
    expect((getByTestId('sync-now') as HTMLButtonElement).disabled).toBe(true);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('offline');
  });

  it('evidence: the checkbox follows the grant and raises the wish; a refusal is said', () => {
    const onToggle = vi.fn();
    const { getByTestId, container, rerender } = render(<EvidenceSection granted={null} denied={false} onToggle={onToggle} />);
    expect((getByTestId('evidence-screenshot') as HTMLInputElement).disabled).toBe(true);
    rerender(<EvidenceSection granted={false} denied={false} onToggle={onToggle} />);
    fireEvent.click(getByTestId('evidence-screenshot'));
    expect(onToggle).toHaveBeenCalledWith(true);
    rerender(<EvidenceSection granted={false} denied={true} onToggle={onToggle} />);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('evidenceScreenshotDenied');
  });

  it('guardian: status from the view, the log on request, a PIN set-up when none is set', () => {
    const onShowLog = vi.fn();
    const view: GuardianView = { settings: { ...DEFAULT_SETTINGS, enabled: true }, locked: ['enabled'], pinLocked: false, hasPin: false, pinWeak: false, lockedUntil: null, policyErrors: [], browserTimeZone: 'Asia/Shanghai',
      hasRecovery: false, skewMs: 0, incognitoAllowed: false, pinForSensitive: true, budgetSync: false, othersToday: null };
    const props = { problem: null, pinMsg: null, saved: false, busy: false, onSave: vi.fn(), onSetPin: vi.fn(), onShowLog,
      recoveryCode: null, recoverMsg: null, onRecover: vi.fn(), onPrintRecovery: vi.fn(), onRecoveryKept: vi.fn() };
    const { container, rerender } = render(<GuardianSection view={view} log={null} {...props} />);
    expect(container.querySelector('[data-liveguard="protection-status"]')?.getAttribute('data-enabled')).toBe('true');
    expect(container.querySelector('[data-liveguard="by-policy"]')).not.toBeNull();
    expect(container.querySelector('details')?.open).toBe(true);
    fireEvent.click(container.querySelector('[data-liveguard="show-log"]')!);
    expect(onShowLog).toHaveBeenCalledTimes(1);
    rerender(<GuardianSection view={view} log={{ log: [], reports: [], today: null, history: [] }} {...props} />);
    expect(container.querySelector('[data-liveguard="show-log"]')).toBeNull();
    expect(container.querySelector('[data-liveguard="protection-used-today"]')).not.toBeNull();
  });

  it('popup: both buttons raise events; the page says why nothing opened', () => {
    const onFile = vi.fn();
    const onOpenComplaints = vi.fn();
    const { container, rerender } = render(<PopupComplaintButtons message={null} onFile={onFile} onOpenComplaints={onOpenComplaints} />);
    fireEvent.click(container.querySelector('[data-liveguard-action="popup-file-complaint"]')!);
    fireEvent.click(container.querySelector('[data-liveguard-action="popup-open-complaints"]')!);
    expect([onFile.mock.calls.length, onOpenComplaints.mock.calls.length]).toEqual([1, 1]);
    expect(container.querySelector('[role="status"]')).toBeNull();
    rerender(<PopupComplaintButtons message="popupNoRoom" onFile={onFile} onOpenComplaints={onOpenComplaints} />);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('popupNoRoom');
  });
});

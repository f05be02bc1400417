/**
 * UI words for protection-mode values. Literal t('…') calls (not built keys) so the i18n key test
 * sees every one, and Record<…> makes a new log kind or gate a type error until it has a label.
 */
import { t } from '@/lib/i18n';
import type { Gate, LogKind } from '@/lib/protection/activity-log';

export const LOG_LABEL: Record<LogKind, () => string> = {
  'pin-set': () => t('protLog_pin_set'),
  'pin-ok': () => t('protLog_pin_ok'),
  'pin-fail': () => t('protLog_pin_fail'),
  lockout: () => t('protLog_lockout'),
  'locked-attempt': () => t('protLog_locked_attempt'),
  'gate-shown': () => t('protLog_gate_shown'),
  'gate-unlocked': () => t('protLog_gate_unlocked'),
  'settings-changed': () => t('protLog_settings_changed'),
  'protection-on': () => t('protLog_protection_on'),
  'protection-off': () => t('protLog_protection_off'),
  'day-used': () => t('protLog_day_used'),
  'clock-back': () => t('protLog_clock_back'),
  'minor-host-report': () => t('protLog_minor_host_report'),
  gap: () => t('protLog_gap'),
  'clock-forward': () => t('protLog_clock_forward'),
  'zone-changed': () => t('protLog_zone_changed'),
  'clock-server': () => t('protLog_clock_server'),
  'private-no-access': () => t('protLog_private_no_access'),
  'private-allowed': () => t('protLog_private_allowed'),
  updated: () => t('protLog_updated'),
  'recovery-used': () => t('protLog_recovery_used'),
  'sync-on': () => t('protLog_sync_on'),
  'sync-off': () => t('protLog_sync_off'),
  'clock-declared-right': () => t('protLog_clock_declared_right'),
};

export const GATE_TITLE: Record<Gate, () => string> = {
  content: () => t('protGate_content'),
  budget: () => t('protGate_budget'),
  curfew: () => t('protGate_curfew'),
};

export function gateBody(gate: Gate, curfewEndsAt: number | null, timeZone?: string): string {
  if (gate === 'curfew') return t('protGateBody_curfew', clockTime(curfewEndsAt, timeZone));
  return gate === 'content' ? t('protGateBody_content') : t('protGateBody_budget');
}

/** HH:MM in the guardian's zone (the curfew is defined there), 24-hour. */
export function clockTime(ms: number | null, timeZone?: string): string {
  return ms === null ? '' : new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
}

/** The message to show for a refused PIN. */
export function pinProblem(r: { ok: boolean; lockedUntil: number | null; error?: string }): string | null {
  if (r.ok) return null;
  if (r.lockedUntil !== null) return t('protLocked', new Date(r.lockedUntil).toLocaleString());
  if (r.error === 'wrong PIN') return t('protWrongPin');
  return t('protError', r.error ?? '?');
}

export function minutes(ms: number): string {
  return String(Math.floor(ms / 60_000));
}

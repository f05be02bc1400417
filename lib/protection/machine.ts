/**
 * State transitions of protection mode (R-MINOR-10/11), pure: each takes the state and `now` and
 * returns the next state, logging what the guardian should see. PBKDF2 is async, so the caller
 * verifies the PIN (only when `lockedUntil` is null) and passes the result to `pinChecked`.
 */
import type { SiteId } from '../model';
import { appendLog, type Gate, type LogEntry } from './activity-log';
import { tick, type UsageEvent } from './budget';
import { recordAttempt, lockedUntil } from './lockout';
import { addReport, type MinorHostReportInput } from './minor-host-report';
import type { PinRecord } from './pin';
import { mergePolicy, type ManagedPolicy } from './policy';
import { applyPatch, patchPaths, type SettingsPatch } from './settings';
import { GRANT_MS, type ProtectionState } from './state';

export { lockedUntil };

const GATE_LOG_DEDUPE_MS = 5 * 60_000;

function usageLog(now: number, e: UsageEvent): LogEntry {
  return e.kind === 'day-used' ? { at: now, kind: 'day-used', detail: e.day, ms: e.usedMs } : { at: now, kind: 'clock-back', ms: e.byMs };
}

/** A heartbeat from a livestream tab. Nothing is tracked while protection is off. */
export function onTick(state: ProtectionState, policy: ManagedPolicy, now: number, tz: string, active: boolean): ProtectionState {
  const eff = mergePolicy(state.settings, state.pin, policy);
  if (!eff.settings.enabled) return state;
  const r = tick(state.usage, now, eff.settings.timeZone ?? tz, active);
  return { ...state, usage: r.usage, log: appendLog(state.log, ...r.events.map((e) => usageLog(now, e))) };
}

export interface PinContext { purpose: 'gate' | 'settings' | 'log'; gate?: Gate; site?: SiteId; roomId?: string }

/** Called when PIN entry is locked: refuse and log, the PIN is not even checked. */
export function pinRefused(state: ProtectionState, now: number, ctx: PinContext): ProtectionState {
  return { ...state, log: appendLog(state.log, { at: now, kind: 'locked-attempt', gate: ctx.gate, site: ctx.site, roomId: ctx.roomId, detail: ctx.purpose }) };
}

export function pinChecked(state: ProtectionState, now: number, correct: boolean, ctx: PinContext): { state: ProtectionState; lockedNow: boolean } {
  const r = recordAttempt(state.attempts, now, correct);
  const entries: LogEntry[] = [{ at: now, kind: correct ? 'pin-ok' : 'pin-fail', gate: ctx.gate, site: ctx.site, roomId: ctx.roomId, detail: ctx.purpose }];
  if (r.lockedNow) entries.push({ at: now, kind: 'lockout', ms: (r.attempts.lockedUntil ?? now) - now });
  return { state: { ...state, attempts: r.attempts, log: appendLog(state.log, ...entries) }, lockedNow: r.lockedNow };
}

/** After a right PIN at a gate: open it for GRANT_MS (content gates for that content only). */
export function grant(state: ProtectionState, now: number, gate: Gate, key: string | undefined, ctx: { site?: SiteId; roomId?: string } = {}): ProtectionState {
  const grants = [...state.grants.filter((g) => g.until > now), { gate, key: gate === 'content' ? key : undefined, until: now + GRANT_MS }].slice(-200);
  return { ...state, grants, log: appendLog(state.log, { at: now, kind: 'gate-unlocked', gate, site: ctx.site, roomId: ctx.roomId }) };
}

export function gateShown(state: ProtectionState, now: number, gate: Gate, site?: SiteId, roomId?: string): ProtectionState {
  const dup = state.log.some((e) => e.kind === 'gate-shown' && e.gate === gate && e.site === site && e.roomId === roomId && now - e.at < GATE_LOG_DEDUPE_MS && now >= e.at);
  if (dup) return state;
  return { ...state, log: appendLog(state.log, { at: now, kind: 'gate-shown', gate, site, roomId }) };
}

export function setPin(state: ProtectionState, now: number, record: PinRecord): ProtectionState {
  return { ...state, pin: record, pinWeak: false, attempts: { failures: 0, lockouts: 0, lockedUntil: null }, log: appendLog(state.log, { at: now, kind: 'pin-set' }) };
}

export class PolicyLockedError extends Error {}

/** Apply a guardian's change (the caller has verified the PIN). Policy-fixed settings are refused. */
export function updateSettings(state: ProtectionState, policy: ManagedPolicy, now: number, patch: SettingsPatch): ProtectionState {
  const eff = mergePolicy(state.settings, state.pin, policy);
  const paths = patchPaths(patch);
  const blocked = paths.filter((p) => eff.locked.includes(p));
  if (blocked.length) throw new PolicyLockedError(`set by policy: ${blocked.join(', ')}`);
  const settings = applyPatch(state.settings, patch);
  const entries: LogEntry[] = [];
  if (patch.enabled !== undefined && patch.enabled !== state.settings.enabled) entries.push({ at: now, kind: patch.enabled ? 'protection-on' : 'protection-off' });
  const others = paths.filter((p) => p !== 'enabled');
  if (others.length) entries.push({ at: now, kind: 'settings-changed', detail: others.join(', ') });
  return { ...state, settings, log: appendLog(state.log, ...entries) };
}

export function reportMinorHost(state: ProtectionState, now: number, input: MinorHostReportInput, id: string): ProtectionState {
  const entry: LogEntry = { at: now, kind: 'minor-host-report', site: input.site, roomId: input.roomId, detail: [input.hostName, input.hostId].filter(Boolean).join(' · ').slice(0, 300) || undefined };
  return { ...state, reports: addReport(state.reports, input, now, id), log: appendLog(state.log, entry) };
}

/**
 * State transitions for the heartbeat (issue 24), pure: a beat updates the clock check and the
 * private-window access, and logs what the guardian should see. Called from the alarm, at the
 * worker's start and before every tick (so a clock moved between two alarms is caught before the
 * tick credits or opens a day).
 */
import { appendLog, type LogEntry } from './activity-log';
import { observeClock, type Heartbeat } from './clock-watch';
import type { ProtectionState } from './state';

export interface BeatInput {
  sample: Heartbeat;
  /** protection is on (settings merged with policy) */
  protecting: boolean;
  /** longest normal silence between beats */
  gapMs: number;
  /** why this worker started, for a gap found at start: 'browser-start' | 'not-running' */
  cause?: string;
  /** extension.isAllowedIncognitoAccess(), when asked this beat */
  incognitoAllowed?: boolean | null;
}

export function applyBeat(s: ProtectionState, b: BeatInput): { state: ProtectionState; entries: LogEntry[] } {
  const obs = observeClock(s.watch.beat, b.sample, s.watch.skewMs, { gapMs: b.gapMs, protecting: b.protecting, cause: b.cause });
  const entries: LogEntry[] = [...obs.entries];
  let incognitoAllowed = s.watch.incognitoAllowed;
  if (b.incognitoAllowed !== undefined && b.incognitoAllowed !== null) {
    // Logged when it changes while protecting, and once when protection is on and access is missing.
    const changed = b.incognitoAllowed !== incognitoAllowed;
    if (b.protecting && changed && (incognitoAllowed !== null || !b.incognitoAllowed)) {
      entries.push({ at: b.sample.wall, kind: b.incognitoAllowed ? 'private-allowed' : 'private-no-access' });
    }
    incognitoAllowed = b.incognitoAllowed;
  }
  const state = { ...s, watch: { beat: b.sample, skewMs: obs.skewMs, incognitoAllowed }, log: entries.length ? appendLog(s.log, ...entries) : s.log };
  return { state, entries };
}

/** The guardian, with the PIN, says the computer's clock is right now: forget the skew. */
export function clockIsRight(s: ProtectionState, wall: number): ProtectionState {
  if (s.watch.skewMs === 0) return s;
  return { ...s, watch: { ...s.watch, skewMs: 0 }, log: appendLog(s.log, { at: wall, kind: 'clock-declared-right', ms: s.watch.skewMs }) };
}

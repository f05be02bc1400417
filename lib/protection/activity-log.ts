/**
 * The guardian's activity log (R-MINOR-10): PIN attempts, lockouts, gates shown and passed,
 * settings changes, time used per day, clock anomalies and "host looks under 16" reports.
 * Kept locally only, capped so it cannot grow without bound.
 */
import { z } from 'zod';
import { SiteIdSchema } from '../model';

export const LOG_MAX = 500;

export const GateSchema = z.enum(['curfew', 'budget', 'content']);
export type Gate = z.infer<typeof GateSchema>;

export const LOG_KINDS = [
  'pin-set', 'pin-ok', 'pin-fail', 'lockout', 'locked-attempt',
  'gate-shown', 'gate-unlocked', 'settings-changed', 'protection-on', 'protection-off',
  'day-used', 'clock-back', 'minor-host-report',
  // issue 24: what the heartbeat and the browser tell (lib/protection/clock-watch.ts, guardian-watch.ts)
  'gap', 'clock-forward', 'zone-changed', 'clock-server', 'private-no-access', 'private-allowed',
  'updated', 'recovery-used', 'sync-on', 'sync-off', 'clock-declared-right',
] as const;
export const LogKindSchema = z.enum(LOG_KINDS);
export type LogKind = z.infer<typeof LogKindSchema>;

export const LogEntrySchema = z.object({
  at: z.number(),
  kind: LogKindSchema,
  gate: GateSchema.optional(),
  site: SiteIdSchema.optional(),
  roomId: z.string().max(200).optional(),
  /** short free text: setting names, a day label, minutes; page text only as plain text */
  detail: z.string().max(300).optional(),
  /** a duration in ms (day-used, lockout length, clock jump, gap length) */
  ms: z.number().optional(),
  /** a gap's start (its end is `at`) */
  from: z.number().optional(),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;

export function appendLog(log: LogEntry[], ...entries: LogEntry[]): LogEntry[] {
  const next = [...log, ...entries];
  return next.length > LOG_MAX ? next.slice(next.length - LOG_MAX) : next;
}

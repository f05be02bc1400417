/**
 * One activity-log entry as the guardian reads it (issue 24): a gap as "protection was off from
 * 21:40 to 22:15 (35 min)" with its likely cause, a clock change with its size. Shared by the log
 * view, the printable log and the refund request.
 */
import { t } from '@/lib/i18n';
import type { LogEntry } from '@/lib/protection/activity-log';
import { LOG_LABEL } from './labels';

export function duration(ms: number): string {
  const min = Math.round(Math.abs(ms) / 60_000);
  return t('protDuration', [String(Math.floor(min / 60)), String(min % 60)]);
}

export const when = (ms: number) => new Date(ms).toLocaleString();

const GAP_CAUSE: Record<string, () => string> = {
  'browser-start': () => t('protGapCause_browser_start'),
  'not-running': () => t('protGapCause_not_running'),
  stalled: () => t('protGapCause_stalled'),
};

/** The entry's main text (without its time stamp). */
export function entryText(e: LogEntry): string {
  if (e.kind === 'gap' && e.from !== undefined) {
    const cause = GAP_CAUSE[e.detail ?? '']?.();
    return t('protGapText', [when(e.from), when(e.at), String(Math.round((e.at - e.from) / 60_000))]) + (cause ? ` · ${cause}` : '');
  }
  if (e.kind === 'clock-forward' || e.kind === 'clock-back' || e.kind === 'clock-server' || e.kind === 'clock-declared-right') {
    return `${LOG_LABEL[e.kind]()} · ${t('protClockBy', duration(e.ms ?? 0))}${e.detail && e.kind === 'clock-server' ? ` · ${e.detail}` : ''}`;
  }
  return LOG_LABEL[e.kind]();
}

/** The kinds the guardian's "gaps and clock changes" list shows. */
export const WATCH_KINDS = new Set<LogEntry['kind']>(['gap', 'clock-forward', 'clock-back', 'zone-changed', 'clock-server', 'clock-declared-right', 'private-no-access', 'private-allowed', 'updated']);

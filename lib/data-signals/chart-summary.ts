/**
 * The chart's text summary (issue 18 item 5): what the lines show, in words, for screen readers and
 * for anyone who would rather read: first and last value and peak of each counter, chat per
 * minute, and each data-falsification sign with its time (R-DATA-20). Pure: the caller passes the
 * translator and the time format.
 */
import type { RoomSeriesData } from './room-series';

export type Translate = (key: string, substitutions?: string[]) => string;

function range(values: (number | null)[]): { first: number; last: number; peak: number } | null {
  const seen = values.filter((v): v is number => v !== null);
  if (!seen.length) return null;
  return { first: seen[0]!, last: seen[seen.length - 1]!, peak: Math.max(...seen) };
}

export function chartSummary(d: RoomSeriesData, t: Translate, time: (unixSeconds: number) => string, num: (n: number) => string = String): string[] {
  const minutes = d.t.length ? Math.max(1, Math.round((d.t[d.t.length - 1]! - d.t[0]!) / 60)) : 0;
  const lines = [t('chartSummarySpan', [String(minutes)])];
  for (const [key, values] of [
    ['chartViewers', d.viewers],
    ['chartLikes', d.likes],
  ] as const) {
    const r = range(values);
    lines.push(r ? t('chartSummaryCounter', [t(key), num(r.first), num(r.last), num(r.peak)]) : t('chartSummaryNotShown', [t(key)]));
  }
  if (d.chatPerMin.length) {
    const avg = d.chatPerMin.reduce((a, b) => a + b, 0) / d.chatPerMin.length;
    lines.push(t('chartSummaryChat', [num(Math.round(avg)), num(Math.max(...d.chatPerMin))]));
  }
  lines.push(
    d.marks.length
      ? t('chartSummarySigns', [String(d.marks.length), d.marks.map((m) => `${time(m.t)} ${signLabel(m.kind, t)}`).join(t('listSep'))])
      : t('chartSummaryNoSigns'),
  );
  return lines;
}

/** a sign's short name; an unknown kind (a newer detector) falls back to the generic one */
export function signLabel(kind: string, t: Translate): string {
  const key = `chartSign_${kind.replace(/[^a-z_]/g, '')}`;
  const text = t(key);
  return text && text !== key ? text : t('chartSign_other');
}

// Issue 18 item 5 (R-DATA-20): the panel chart's series: 10 s buckets over the last 30 minutes,
// chat per minute, counters carried into buckets that saw none, signs inside the window only; the
// chart page's check refuses what is not this shape; the text summary says it in words.
import { describe, expect, it } from 'vitest';
import { RoomSeries, SERIES_BUCKET_MS, SERIES_WINDOW_MS, encodeSeries } from '@/lib/data-signals/room-series';
import { decodeSeries } from '@/lib/data-signals/chart-data';
import { chartSummary } from '@/lib/data-signals/chart-summary';

const T0 = 1_800_000_000_000; // a bucket boundary
const fakeT = (key: string, subs?: string[]) => (subs ? `${key}(${subs.join('|')})` : key === 'chartSign_templated' ? 'TEMPLATED' : key);

describe('RoomSeries', () => {
  it('buckets counters and chat per 10 s, chat as a per-minute rate, counters carried forward', () => {
    const s = new RoomSeries();
    s.counters(T0, 100, 5000);
    s.chat(T0 + 1000);
    s.chat(T0 + 2000);
    s.counters(T0 + 3000, 120, null); // likes not shown this time: the last value stays
    s.chat(T0 + SERIES_BUCKET_MS + 1);
    const d = s.snapshot(T0 + 2 * SERIES_BUCKET_MS, [{ at: T0 + 5000, kind: 'templated' }]);
    expect(d.t).toEqual([T0 / 1000, (T0 + SERIES_BUCKET_MS) / 1000]);
    expect(d.viewers).toEqual([120, 120]);
    expect(d.likes).toEqual([5000, 5000]);
    expect(d.chatPerMin).toEqual([12, 6]);
    expect(d.marks).toEqual([{ t: (T0 + 5000) / 1000, kind: 'templated' }]);
  });

  it('keeps only the last 30 minutes: old buckets and old signs leave', () => {
    const s = new RoomSeries();
    for (let at = T0; at <= T0 + 2 * SERIES_WINDOW_MS; at += SERIES_BUCKET_MS) s.counters(at, at - T0, null);
    const now = T0 + 2 * SERIES_WINDOW_MS;
    const d = s.snapshot(now, [{ at: T0, kind: 'viewer_jump' }, { at: now - 1000, kind: 'like_ratio' }]);
    expect(d.t.length).toBe(SERIES_WINDOW_MS / SERIES_BUCKET_MS);
    expect(d.t[0]! * 1000).toBeGreaterThan(now - SERIES_WINDOW_MS);
    expect(d.marks.map((m) => m.kind)).toEqual(['like_ratio']);
  });
});

describe('the chart page reads the fragment', () => {
  it('round-trips the series and refuses malformed or mismatched data with a plain error', () => {
    const s = new RoomSeries();
    s.counters(T0, 1, 2);
    const d = s.snapshot(T0 + 1, []);
    expect(decodeSeries(encodeSeries(d))).toEqual(d);
    expect(() => decodeSeries('not json')).toThrow('chart data is not JSON');
    expect(() => decodeSeries(encodeSeries({ ...d, viewers: [] }))).toThrow();
    expect(() => decodeSeries(encodeURIComponent(JSON.stringify({ ...d, extra: 1 })))).toThrow();
  });
});

describe('chartSummary', () => {
  it('names each counter\'s first, last and peak value, chat per minute, and each sign with its time', () => {
    const d = { v: 1 as const, t: [0, 600, 1200], viewers: [100, 900, 300], likes: [null, null, null], chatPerMin: [6, 12, 0], marks: [{ t: 600, kind: 'templated' }, { t: 1200, kind: 'future_kind' }] };
    const lines = chartSummary(d, fakeT, (s) => `@${s}`);
    expect(lines).toEqual([
      'chartSummarySpan(20)',
      'chartSummaryCounter(chartViewers|100|300|900)',
      'chartSummaryNotShown(chartLikes)',
      'chartSummaryChat(6|12)',
      'chartSummarySigns(2|@600 TEMPLATEDlistSep@1200 chartSign_other)',
    ]);
    expect(chartSummary({ ...d, marks: [] }, fakeT, String).at(-1)).toBe('chartSummaryNoSigns');
  });
});

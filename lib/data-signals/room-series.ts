/**
 * The room's counters over the last 30 minutes for the findings panel's chart (issue 18 item 5,
 * R-DATA-20): viewers and likes as last seen in each 10 s bucket, chat messages per minute, and the
 * data-falsification signs' times to mark on the axis. Pure and bounded (180 buckets); no zod here,
 * it runs in the content script (lib/data-signals/chart-data.ts checks what the chart page receives).
 */
export const SERIES_WINDOW_MS = 30 * 60_000;
export const SERIES_BUCKET_MS = 10_000;
/** at most this many signs are marked (the newest) */
export const SERIES_MAX_MARKS = 50;

/** columnar, as the chart library takes it; times in Unix seconds */
export interface RoomSeriesData {
  v: 1;
  t: number[];
  viewers: (number | null)[];
  likes: (number | null)[];
  chatPerMin: number[];
  marks: { t: number; kind: string }[];
}

interface Bucket {
  start: number;
  viewers: number | null;
  likes: number | null;
  chat: number;
}

export class RoomSeries {
  private buckets: Bucket[] = [];

  private bucket(at: number): Bucket {
    const start = at - (at % SERIES_BUCKET_MS);
    let last = this.buckets[this.buckets.length - 1];
    if (!last || last.start < start) {
      last = { start, viewers: last?.viewers ?? null, likes: last?.likes ?? null, chat: 0 };
      this.buckets.push(last);
      const oldest = start - SERIES_WINDOW_MS;
      while (this.buckets.length && this.buckets[0]!.start <= oldest) this.buckets.shift();
    }
    return last;
  }

  /** a counter reading; null (not shown on this page) keeps the bucket's last value */
  counters(at: number, viewers: number | null, likes: number | null): void {
    const b = this.bucket(at);
    if (viewers !== null) b.viewers = viewers;
    if (likes !== null) b.likes = likes;
  }

  chat(at: number): void {
    this.bucket(at).chat++;
  }

  /** the window ending at `now`, with the signs' times that fall in it */
  snapshot(now: number, signs: readonly { at: number; kind: string }[]): RoomSeriesData {
    const from = now - SERIES_WINDOW_MS;
    const kept = this.buckets.filter((b) => b.start > from);
    const perMin = 60_000 / SERIES_BUCKET_MS;
    return {
      v: 1,
      t: kept.map((b) => Math.floor(b.start / 1000)),
      viewers: kept.map((b) => b.viewers),
      likes: kept.map((b) => b.likes),
      chatPerMin: kept.map((b) => b.chat * perMin),
      marks: signs
        .filter((s) => s.at > from && s.at <= now)
        .slice(-SERIES_MAX_MARKS)
        .map((s) => ({ t: Math.floor(s.at / 1000), kind: s.kind })),
    };
  }
}

/** the chart frame's URL fragment (read back by lib/data-signals/chart-data.ts decodeSeries) */
export function encodeSeries(d: RoomSeriesData): string {
  return encodeURIComponent(JSON.stringify(d));
}

/**
 * Unfavourable comments that vanish (R-DATA-21, Measures Art. 21). Chat lists drop rows all the
 * time: they trim the oldest, virtualised lists drop rows scrolled out of view at either end, and
 * re-render a row as a new element. None of that removes a row from the MIDDLE for good. So a
 * watched line counts as vanished when it is gone while a line older AND a line newer than it are
 * still shown, and it did not come back as a re-rendered row (same message key).
 */
export interface WatchedLine<T> {
  key: string;
  seq: number;
  payload: T;
}

export class VanishedCommentTracker<T> {
  private seqByKey = new Map<string, number>();
  /**
   * key by seq % (maxKeys + 1): the live keys have the last seqs handed out, so the oldest is
   * found by number, not by seqByKey.keys().next(), which walks the deleted slots V8's ordered
   * hash tables keep at the front once every message evicts one (issue 5 bench; cf. SeenKeys)
   */
  private keyBySeq: (string | undefined)[];
  private watched = new Map<string, WatchedLine<T>>();
  private nextSeq = 0;
  constructor(private maxKeys = 5000) {
    this.keyBySeq = new Array<string | undefined>(maxKeys + 1);
  }

  /** every chat line in arrival order; `watch` marks the ones worth keeping an eye on */
  seen(key: string, payload: T, watch: boolean) {
    let seq = this.seqByKey.get(key);
    if (seq === undefined) {
      seq = this.nextSeq++;
      this.seqByKey.set(key, seq);
      const ring = this.keyBySeq.length;
      this.keyBySeq[seq % ring] = key;
      if (this.seqByKey.size > this.maxKeys) {
        const oldest = (seq - this.maxKeys) % ring;
        this.seqByKey.delete(this.keyBySeq[oldest]!);
        this.keyBySeq[oldest] = undefined;
      }
    }
    if (watch) this.watched.set(key, { key, seq, payload });
  }

  get watching(): number {
    return this.watched.size;
  }

  /**
   * Given the keys of the rows on the page now, the watched lines removed from the middle. Each is
   * reported once; lines trimmed off either end are forgotten.
   */
  check(shownKeys: Iterable<string>): WatchedLine<T>[] {
    const shown = new Set(shownKeys);
    let min = Infinity;
    let max = -Infinity;
    for (const k of shown) {
      const s = this.seqByKey.get(k);
      if (s === undefined) continue;
      if (s < min) min = s;
      if (s > max) max = s;
    }
    const out: WatchedLine<T>[] = [];
    for (const w of [...this.watched.values()]) {
      if (shown.has(w.key)) continue;
      this.watched.delete(w.key);
      if (w.seq > min && w.seq < max) out.push(w);
    }
    return out;
  }
}

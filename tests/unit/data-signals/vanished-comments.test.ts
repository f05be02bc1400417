// R-DATA-21: a line removed from the middle of the chat is noticed; trimming, scrolling a
// virtualised list and re-rendering are not.
import { describe, expect, it } from 'vitest';
import { VanishedCommentTracker } from '@/lib/data-signals/vanished-comments';
import { isUnfavourable } from '@/lib/data-signals/unfavourable';

function room(lines: string[]) {
  const t = new VanishedCommentTracker<string>();
  lines.forEach((l) => t.seen(l, l, isUnfavourable(l)));
  return t;
}
const LINES = ['主播好', '这个多少钱', '收到了是假货，大家别买', '好看', '已下单', 'this is a scam', '666'];

describe('vanished unfavourable comments', () => {
  it('reports a watched line deleted from the middle, once', () => {
    const t = room(LINES);
    expect(t.watching).toBe(2);
    const gone = t.check(LINES.filter((l) => !l.includes('假货')));
    expect(gone.map((g) => g.payload)).toEqual(['收到了是假货，大家别买']);
    expect(t.check(LINES.filter((l) => !l.includes('假货')))).toEqual([]);
  });

  it('ignores the oldest rows trimmed off the top and the newest scrolled out of a virtual list', () => {
    const t = room(LINES);
    expect(t.check(LINES.slice(3))).toEqual([]); // trimmed: nothing older than it is shown
    const t2 = room(LINES);
    expect(t2.check(LINES.slice(0, 5))).toEqual([]); // the scam line fell off the bottom
  });

  it('a re-rendered row (same key back on the page) is not a deletion', () => {
    const t = room(LINES);
    expect(t.check(LINES)).toEqual([]);
    expect(t.watching).toBe(2);
  });

  it('knows unfavourable from ordinary chat', () => {
    for (const s of ['质量差，申请退款', 'FAKE product', '千万别买']) expect(isUnfavourable(s)).toBe(true);
    for (const s of ['主播好漂亮', '已拍两单', 'great price']) expect(isUnfavourable(s)).toBe(false);
  });

  it('forgets the oldest keys exactly like a Map in insertion order (random stream, bounds 1, 7, 100)', () => {
    // the plain definition the ring replaced: seqs in a Map, evict its first key when over the bound
    class Reference {
      seqByKey = new Map<string, number>();
      watched = new Map<string, { key: string; seq: number; payload: number }>();
      nextSeq = 0;
      constructor(private max: number) {}
      seen(key: string, payload: number, watch: boolean) {
        if (!this.seqByKey.has(key)) {
          this.seqByKey.set(key, this.nextSeq++);
          if (this.seqByKey.size > this.max) this.seqByKey.delete(this.seqByKey.keys().next().value!);
        }
        if (watch) this.watched.set(key, { key, seq: this.seqByKey.get(key)!, payload });
      }
      check(shown: string[]) {
        const seqs = shown.map((k) => this.seqByKey.get(k)).filter((x): x is number => x !== undefined);
        const min = Math.min(...seqs);
        const max = Math.max(...seqs);
        const out = [];
        for (const w of [...this.watched.values()]) {
          if (shown.includes(w.key)) continue;
          this.watched.delete(w.key);
          if (w.seq > min && w.seq < max) out.push(w);
        }
        return out;
      }
    }
    let seed = 5;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    let reported = 0;
    for (const max of [1, 7, 100]) {
      const t = new VanishedCommentTracker<number>(max);
      const r = new Reference(max);
      for (let i = 0; i < 20_000; i++) {
        const key = `k${rnd(max * 3)}`;
        const watch = rnd(4) === 0;
        t.seen(key, i, watch);
        r.seen(key, i, watch);
        if (i % 50 === 49) {
          const shown = Array.from({ length: 1 + rnd(max * 2) }, () => `k${rnd(max * 3)}`);
          const got = t.check(shown);
          expect(got).toEqual(r.check(shown));
          reported += got.length;
        }
      }
      expect(t.watching).toBe(r.watched.size);
    }
    // the stream does delete lines from the middle: the comparison covers reports, not only silence
    expect(reported).toBeGreaterThan(20);
  });
});

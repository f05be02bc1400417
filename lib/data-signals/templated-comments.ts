/**
 * Runs of identical or templated comments (R-DATA-20): bought "reviews" arrive as the same words
 * from many accounts, or one template with a number or emoji swapped. A message's shape drops
 * digits, punctuation, emoji and spaces; a run is the same shape from several authors in a window.
 */
import { nfkcLower } from './nfkc';

export const TEMPLATE_WINDOW_MS = 60_000;
export const TEMPLATE_MIN_AUTHORS = 3;
export const TEMPLATE_MIN_SHAPE_LENGTH = 4;
/** what a shape drops, one code point at a time (dropping each such code point drops every run of them) */
const DROPPED_ONE = /^[\p{N}\p{P}\p{S}\s\p{Extended_Pictographic}]$/u;
/** per BMP code unit, filled on first sight: 1 kept, 2 dropped (DROPPED_ONE's answer for it alone) */
const KIND = new Uint8Array(0x10000);

/**
 * The text folded (NFKC, lower case) without digits, punctuation, symbols, emoji and spaces: the
 * definition is `nfkcLower(text).replace(/[\p{N}\p{P}\p{S}\s\p{Extended_Pictographic}]+/gu, '')`
 * (tests/unit/data-signals/templated-comments.test.ts checks every BMP code unit and astral emoji
 * against it). Each code unit's answer is kept in a table, so a chat line costs one table read
 * per character instead of a Unicode-property regex pass (issue 13: every chat line asks this).
 */
export function commentShape(text: string): string {
  const t = nfkcLower(text);
  let out = '';
  let from = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let drop: boolean;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // an astral code point (most are emoji): asked of the regex, not kept in the table
      width = 2;
      drop = DROPPED_ONE.test(t.slice(i, i + 2));
    } else {
      let k = KIND[c];
      if (k === 0) k = KIND[c] = DROPPED_ONE.test(String.fromCharCode(c)) ? 2 : 1;
      drop = k === 2;
    }
    if (drop) {
      if (i > from) out += t.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  // nothing dropped: the folded text itself, no new string (most chat)
  return from === 0 ? t : out + t.slice(from);
}

/** one shape's messages inside the window, oldest first (parallel arrays, mutated in place) */
interface Run {
  at: number[];
  author: string[];
}

export class TemplatedCommentDetector {
  /**
   * per shape: its messages in the window (a Run), or, while it has had only one, that message's
   * place in the queue (its absolute sequence number): most chat lines are a shape seen once, and
   * an object and two arrays per such line were most of the detector's allocations (issue 13)
   */
  private byShape = new Map<string, Run | number>();
  private reported = new Set<string>();
  /**
   * every counted message's shape, time and author in arrival order (a queue: head is the oldest
   * kept). A shape leaves the map when its newest message leaves the window, found from the
   * queue's front: no delete and re-insert of the shape per message to keep the map in time order,
   * and no walk of the map (issue 13: the re-insert cost more than the rest of the detector;
   * issue 5: a walk per message was quadratic).
   */
  private queueShape: string[] = [];
  private queueAt: number[] = [];
  private queueAuthor: string[] = [];
  private head = 0;
  /** the absolute sequence number of queue index 0 (the queue's front is cut off now and then) */
  private base = 0;

  /** returns the shape when this message completes a run for the first time */
  add(text: string, author: string | undefined, at: number): { shape: string; authors: number } | null {
    const shape = commentShape(text);
    if (shape.length < TEMPLATE_MIN_SHAPE_LENGTH) return null; // "哈哈哈", "666" are everyday chat
    this.prune(at);
    const seen = this.byShape.get(shape);
    if (seen === undefined) {
      // a shape's first message: its place in the queue only, nothing allocated
      this.byShape.set(shape, this.base + this.queueAt.length);
      this.enqueue(shape, at, author ?? 'anon-0');
      return null;
    }
    // no array or object per message (issue 13): a shape's run is kept and compacted in place,
    // dropping the messages that left the window
    let run: Run;
    if (typeof seen === 'number') {
      // its second message: the run starts with the first one, if that is still in the window
      const i = seen - this.base;
      run = at - this.queueAt[i] <= TEMPLATE_WINDOW_MS ? { at: [this.queueAt[i]], author: [this.queueAuthor[i]] } : { at: [], author: [] };
      this.byShape.set(shape, run);
    } else {
      run = seen;
      const { at: ats, author: who } = run;
      let kept = 0;
      for (let i = 0; i < ats.length; i++) {
        if (at - ats[i] <= TEMPLATE_WINDOW_MS) {
          ats[kept] = ats[i];
          who[kept++] = who[i];
        }
      }
      ats.length = who.length = kept;
    }
    const name = author ?? `anon-${run.at.length}`;
    run.author.push(name);
    run.at.push(at);
    this.enqueue(shape, at, name);
    // a shape is reported once: no author count after that (a popular line repeats all day);
    // a run needs TEMPLATE_MIN_AUTHORS lines at least: shorter lists need no count (issue 5)
    if (this.reported.has(shape) || run.at.length < TEMPLATE_MIN_AUTHORS) return null;
    const authors = new Set(run.author).size;
    if (authors >= TEMPLATE_MIN_AUTHORS) {
      this.reported.add(shape);
      return { shape, authors };
    }
    return null;
  }

  private enqueue(shape: string, at: number, author: string) {
    this.queueShape.push(shape);
    this.queueAt.push(at);
    this.queueAuthor.push(author);
  }

  /** Drops the shapes whose newest message left the window, oldest first, from the queue's front. */
  private prune(now: number) {
    const { queueShape, queueAt, queueAuthor, byShape } = this;
    let h = this.head;
    while (h < queueAt.length && now - queueAt[h] > TEMPLATE_WINDOW_MS) {
      const seen = byShape.get(queueShape[h]);
      // its newest message is this one (or older): nothing of the shape is inside the window
      const newest = seen === undefined ? Infinity : typeof seen === 'number' ? queueAt[seen - this.base] : seen.at[seen.at.length - 1];
      if (newest <= queueAt[h]) byShape.delete(queueShape[h]);
      h++;
    }
    // compact the queue once its dropped front is large and at least half of it (amortised O(1)):
    // a shape seen once always sits at or after the front (it leaves the map when its entry is passed)
    if (h > 4096 && h * 2 > queueAt.length) {
      queueShape.splice(0, h);
      queueAt.splice(0, h);
      queueAuthor.splice(0, h);
      this.base += h;
      h = 0;
    }
    this.head = h;
  }
}

/**
 * Runs of identical or templated comments (R-DATA-20): bought "reviews" arrive as the same words
 * from many accounts, or one template with a number or emoji swapped. A message's shape drops
 * digits, punctuation, emoji and spaces; a run is the same shape from several authors in a window.
 */
import { nfkcLower } from './nfkc';

export const TEMPLATE_WINDOW_MS = 60_000;
export const TEMPLATE_MIN_AUTHORS = 3;
export const TEMPLATE_MIN_SHAPE_LENGTH = 4;
/** shapes kept before stale ones are dropped, at most once a second (a prune walks the map's front) */
const PRUNE_ABOVE = 2000;
const PRUNE_EVERY_MS = 1000;

const DROPPED = /[\p{N}\p{P}\p{S}\s\p{Extended_Pictographic}]+/gu;

export function commentShape(text: string): string {
  const t = nfkcLower(text);
  // a line of letters and CJK ideographs only (most chat) has nothing to drop: no regex pass.
  // Exactly the regex's answer: tests/unit/data-signals/templated-comments.test.ts checks every
  // ASCII char and the whole CJK block against it
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x4e00 && c <= 0x9fff))) return t.replace(DROPPED, '');
  }
  return t;
}

/** one shape's messages inside the window, oldest first (parallel arrays, mutated in place) */
interface Run {
  at: number[];
  author: string[];
}

export class TemplatedCommentDetector {
  private byShape = new Map<string, Run>();
  private reported = new Set<string>();
  private lastPrune = -Infinity;

  /** returns the shape when this message completes a run for the first time */
  add(text: string, author: string | undefined, at: number): { shape: string; authors: number } | null {
    const shape = commentShape(text);
    if (shape.length < TEMPLATE_MIN_SHAPE_LENGTH) return null; // "哈哈哈", "666" are everyday chat
    // no array or object per message (issue 13): a shape's run is kept and compacted in place,
    // dropping the messages that left the window
    let run = this.byShape.get(shape);
    if (run) {
      const { at: ats, author: who } = run;
      let kept = 0;
      for (let i = 0; i < ats.length; i++) {
        if (at - ats[i] <= TEMPLATE_WINDOW_MS) {
          ats[kept] = ats[i];
          who[kept++] = who[i];
        }
      }
      ats.length = who.length = kept;
      // re-inserted at the end: the map stays ordered by each shape's latest message, so pruning
      // stops at the first shape still inside the window
      this.byShape.delete(shape);
    } else run = { at: [], author: [] };
    run.author.push(author ?? `anon-${run.at.length}`);
    run.at.push(at);
    this.byShape.set(shape, run);
    if (this.byShape.size > PRUNE_ABOVE && at - this.lastPrune >= PRUNE_EVERY_MS) {
      this.lastPrune = at;
      this.prune(at);
    }
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

  /**
   * Drops shapes with no message inside the window, oldest first. It used to scan every shape on
   * every message once more than PRUNE_ABOVE were inside the window (a busy room has ~12k a
   * minute): quadratic, 1.4 s of a 60 s run at 200 messages/s in the overlay bench (issue 5).
   */
  private prune(now: number) {
    for (const [k, v] of this.byShape) {
      if (v.at.some((t) => now - t <= TEMPLATE_WINDOW_MS)) break;
      this.byShape.delete(k);
    }
  }
}

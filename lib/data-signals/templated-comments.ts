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

export function commentShape(text: string): string {
  return nfkcLower(text).replace(/[\p{N}\p{P}\p{S}\s\p{Extended_Pictographic}]+/gu, '');
}

interface Seen {
  at: number;
  author: string;
}

export class TemplatedCommentDetector {
  private byShape = new Map<string, Seen[]>();
  private reported = new Set<string>();
  private lastPrune = -Infinity;

  /** returns the shape when this message completes a run for the first time */
  add(text: string, author: string | undefined, at: number): { shape: string; authors: number } | null {
    const shape = commentShape(text);
    if (shape.length < TEMPLATE_MIN_SHAPE_LENGTH) return null; // "哈哈哈", "666" are everyday chat
    const list = (this.byShape.get(shape) ?? []).filter((s) => at - s.at <= TEMPLATE_WINDOW_MS);
    list.push({ at, author: author ?? `anon-${list.length}` });
    // re-inserted at the end: the map stays ordered by each shape's latest message, so pruning
    // stops at the first shape still inside the window
    this.byShape.delete(shape);
    this.byShape.set(shape, list);
    if (this.byShape.size > PRUNE_ABOVE && at - this.lastPrune >= PRUNE_EVERY_MS) {
      this.lastPrune = at;
      this.prune(at);
    }
    // a run needs TEMPLATE_MIN_AUTHORS lines at least: shorter lists need no author count (issue 5)
    const authors = list.length < TEMPLATE_MIN_AUTHORS ? list.length : new Set(list.map((s) => s.author)).size;
    if (authors >= TEMPLATE_MIN_AUTHORS && !this.reported.has(shape)) {
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
      if (v.some((s) => now - s.at <= TEMPLATE_WINDOW_MS)) break;
      this.byShape.delete(k);
    }
  }
}

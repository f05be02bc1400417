/**
 * Overlay parts placed by different features must not cover each other (the price chip sat on the
 * open credit card where a product card sits under the host's name, issue 20 "left"). Pure: given
 * where a part wants to go, its size and the boxes other parts hold, the nearest place that
 * overlaps none of them and stays in the viewport when it can.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** boxes that share only an edge (or the gap) do not overlap */
export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.left < b.left + b.width + gap && b.left < a.left + a.width + gap && a.top < b.top + b.height + gap && b.top < a.top + a.height + gap;
}

/** lo wins when the part is larger than the room (hi < lo) */
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

export function keepClear(want: Rect, obstacles: readonly Rect[], viewport: { width: number; height: number }, gap = 4): { left: number; top: number } {
  const boxes = obstacles.filter((o) => o.width > 0 && o.height > 0);
  const free = (r: Rect) => !boxes.some((o) => overlaps(r, o, gap - 1));
  if (free(want)) return { left: want.left, top: want.top };
  const inView = (l: number, t: number): Rect => ({ ...want, left: clamp(l, 0, viewport.width - want.width), top: clamp(t, 0, viewport.height - want.height) });
  // beside each obstacle, then beside those places again (two obstacles side by side)
  const around = (r: Rect): Rect[] =>
    boxes.flatMap((o) => [
      inView(r.left, o.top + o.height + gap),
      inView(r.left, o.top - r.height - gap),
      inView(o.left - r.width - gap, r.top),
      inView(o.left + o.width + gap, r.top),
    ]);
  const first = around(want);
  const distance = (r: Rect) => Math.hypot(r.left - want.left, r.top - want.top);
  const best = [...first, ...first.flatMap(around)].filter(free).sort((a, b) => distance(a) - distance(b))[0];
  if (best) return { left: best.left, top: best.top };
  // nowhere free on screen: under the lowest obstacle, even below the fold, rather than on top of one
  return { left: want.left, top: Math.max(...boxes.map((o) => o.top + o.height)) + gap };
}

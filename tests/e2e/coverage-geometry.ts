/** Geometry for the overlay-coverage spec: boxes clipped to the viewport, and the area of their union. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function clip(b: Box, vw: number, vh: number): Box | null {
  const x1 = Math.max(0, b.x);
  const y1 = Math.max(0, b.y);
  const x2 = Math.min(vw, b.x + b.width);
  const y2 = Math.min(vh, b.y + b.height);
  return x2 > x1 && y2 > y1 ? { x: x1, y: y1, width: x2 - x1, height: y2 - y1 } : null;
}

/** exact union area by coordinate compression (a handful of boxes: the quadratic cost is nothing) */
export function unionArea(boxes: Box[]): number {
  const xs = [...new Set(boxes.flatMap((b) => [b.x, b.x + b.width]))].sort((a, b) => a - b);
  let area = 0;
  for (let i = 0; i + 1 < xs.length; i++) {
    const [l, r] = [xs[i]!, xs[i + 1]!];
    const spans = boxes
      .filter((b) => b.x <= l && b.x + b.width >= r)
      .map((b) => [b.y, b.y + b.height] as const)
      .sort((a, b) => a[0] - b[0]);
    let covered = 0;
    let end = -Infinity;
    for (const [top, bottom] of spans) {
      if (bottom <= end) continue;
      covered += bottom - Math.max(top, end);
      end = bottom;
    }
    area += covered * (r - l);
  }
  return area;
}

export function intersects(a: Box, b: Box): boolean {
  return Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) && Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);
}

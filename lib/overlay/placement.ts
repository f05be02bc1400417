/**
 * Where the pop-up stack goes (issue 18 item 3): a corner of the viewport whose stack stays off the
 * central region of the video, so the stream stays watchable while the warning (弹窗提示, R-RISK-2)
 * is still on screen to acknowledge. Pure geometry: the glue measures the video and the stack.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Size {
  width: number;
  height: number;
}
export type Corner = 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';

/** a pop-up is at most this wide (issue 18: compact overlay) */
export const POPUP_MAX_WIDTH = 360;
/** gap to the viewport's edge */
export const EDGE = 16;
/** kept free at the bottom-left for the findings toggle (the dock) */
export const DOCK_CLEARANCE = 60;
/** the central region is this share of the video's width and height, centred */
export const CENTRAL_FRACTION = 0.5;
/** corners in order of preference: chat columns and players' controls sit right and bottom */
export const CORNERS: readonly Corner[] = ['top-right', 'bottom-right', 'top-left', 'bottom-left'];

export function centralRegion(video: Rect, fraction = CENTRAL_FRACTION): Rect {
  const width = video.width * fraction;
  const height = video.height * fraction;
  return { x: video.x + (video.width - width) / 2, y: video.y + (video.height - height) / 2, width, height };
}

export function intersectionArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export function stackWidth(viewport: Size): number {
  return Math.max(0, Math.min(POPUP_MAX_WIDTH, viewport.width - 2 * EDGE));
}

/** the stack's box when anchored at `corner` (bottom-left sits above the dock) */
export function stackRect(corner: Corner, viewport: Size, stackHeight: number): Rect {
  const width = stackWidth(viewport);
  const x = corner.endsWith('right') ? viewport.width - EDGE - width : EDGE;
  const bottomGap = corner === 'bottom-left' ? EDGE + DOCK_CLEARANCE : EDGE;
  const y = corner.startsWith('top') ? EDGE : viewport.height - bottomGap - stackHeight;
  return { x, y, width, height: stackHeight };
}

/**
 * The first corner (in CORNERS order) whose stack does not touch the video's central region; when
 * every corner does (a full-window player with tall pop-ups), the one that covers least of it.
 * With no video found, the first corner.
 */
export function placeStack(viewport: Size, video: Rect | null, stackHeight: number): { corner: Corner; rect: Rect; overlap: number } {
  const centre = video && video.width > 0 && video.height > 0 ? centralRegion(video) : null;
  let best: { corner: Corner; rect: Rect; overlap: number } | null = null;
  for (const corner of CORNERS) {
    const rect = stackRect(corner, viewport, stackHeight);
    const overlap = centre ? intersectionArea(rect, centre) : 0;
    if (overlap === 0) return { corner, rect, overlap };
    if (!best || overlap < best.overlap) best = { corner, rect, overlap };
  }
  return best!;
}

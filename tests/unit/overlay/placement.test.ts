// Issue 18 item 3: the pop-up stack sits in a corner that keeps off the centre of the video; with no
// video it takes the first corner; when every corner touches the centre, the one covering least.
import { describe, expect, it } from 'vitest';
import { centralRegion, intersectionArea, placeStack, stackRect, POPUP_MAX_WIDTH, EDGE, DOCK_CLEARANCE } from '@/lib/overlay/placement';

const VIEWPORT = { width: 1280, height: 800 };

describe('placement', () => {
  it('the central region is the middle half of the video each way', () => {
    expect(centralRegion({ x: 0, y: 64, width: 940, height: 680 })).toEqual({ x: 235, y: 234, width: 470, height: 340 });
    expect(intersectionArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(25);
    expect(intersectionArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(0);
  });

  it('stacks are at most 360 px wide and anchored 16 px from the edges; bottom-left clears the dock', () => {
    expect(stackRect('top-right', VIEWPORT, 300)).toEqual({ x: 1280 - EDGE - POPUP_MAX_WIDTH, y: EDGE, width: 360, height: 300 });
    expect(stackRect('bottom-left', VIEWPORT, 300)).toEqual({ x: EDGE, y: 800 - EDGE - DOCK_CLEARANCE - 300, width: 360, height: 300 });
    expect(stackRect('top-left', { width: 320, height: 600 }, 100).width).toBe(320 - 2 * EDGE);
  });

  it('without a video: the top-right corner', () => {
    expect(placeStack(VIEWPORT, null, 400).corner).toBe('top-right');
  });

  it('a player on the left with the chat on the right (the demo room): top-right, off the centre', () => {
    const video = { x: 0, y: 64, width: 940, height: 680 };
    const p = placeStack(VIEWPORT, video, 420);
    expect(p.corner).toBe('top-right');
    expect(intersectionArea(p.rect, centralRegion(video))).toBe(0);
  });

  it('a full-window player: a short stack fits above its centre; a tall one takes the corner covering least', () => {
    // centre of this video: x 320..960, y 200..600
    const video = { x: 0, y: 0, width: 1280, height: 800 };
    const short = placeStack(VIEWPORT, video, 150);
    expect(short).toMatchObject({ corner: 'top-right', overlap: 0 });
    const tall = placeStack(VIEWPORT, video, 500);
    expect(tall.overlap).toBeGreaterThan(0);
    for (const c of ['top-right', 'bottom-right', 'top-left', 'bottom-left'] as const) {
      expect(tall.overlap).toBeLessThanOrEqual(intersectionArea(stackRect(c, VIEWPORT, 500), centralRegion(video)));
    }
    // top-right, bottom-right and top-left each cover 56 x 316 px of it, bottom-left more: the first of the least wins
    expect(tall.corner).toBe('top-right');
  });

  it('a player on the right: the stack goes left', () => {
    // centre of this video: x 740..1060 covers the right corners' x range 904..1264
    const video = { x: 580, y: 0, width: 640, height: 800 };
    const p = placeStack(VIEWPORT, video, 300);
    expect(p.corner).toBe('top-left');
    expect(p.overlap).toBe(0);
  });
});

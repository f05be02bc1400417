// Overlay parts never cover each other (the price chip and the open credit card, issue 20 "left").
import { describe, expect, it } from 'vitest';
import { keepClear, overlaps, type Rect } from '@/lib/overlay/keep-clear';

const VIEW = { width: 1280, height: 800 };
const chip = (left: number, top: number): Rect => ({ left, top, width: 90, height: 20 });
const at = (r: Rect, p: { left: number; top: number }): Rect => ({ ...r, ...p });

describe('keepClear', () => {
  it('leaves a part where it wants to be when nothing is there', () => {
    expect(keepClear(chip(100, 100), [{ left: 300, top: 100, width: 200, height: 200 }], VIEW)).toEqual({ left: 100, top: 100 });
  });

  it('moves the chip off the open credit card to the nearest free side', () => {
    const card = { left: 40, top: 60, width: 360, height: 300 };
    const want = chip(60, 120);
    const p = keepClear(want, [card], VIEW);
    expect(overlaps(at(want, p), card)).toBe(false);
    // nearest: left is blocked by the viewport edge (x 60 - 90 < 0 is clamped into the card), below/above by distance
    expect(p).toEqual({ left: 60, top: 60 - 20 - 4 });
  });

  it('clears two obstacles side by side (badge and card) and stays in the viewport', () => {
    const badge = { left: 200, top: 4, width: 120, height: 26 };
    const card = { left: 80, top: 36, width: 360, height: 400 };
    const want = chip(210, 10);
    const p = keepClear(want, [badge, card], VIEW);
    const r = at(want, p);
    expect(overlaps(r, badge) || overlaps(r, card)).toBe(false);
    expect(r.left).toBeGreaterThanOrEqual(0);
    expect(r.top).toBeGreaterThanOrEqual(0);
    expect(r.left + r.width).toBeLessThanOrEqual(VIEW.width);
  });

  it('with no free place on screen it goes below the lowest obstacle, never onto one', () => {
    const full = { left: 0, top: 0, width: 1280, height: 800 };
    const want = chip(10, 10);
    const p = keepClear(want, [full], VIEW);
    expect(overlaps(at(want, p), full)).toBe(false);
  });

  it('ignores empty boxes (a card not laid out yet)', () => {
    expect(keepClear(chip(5, 5), [{ left: 0, top: 0, width: 0, height: 0 }], VIEW)).toEqual({ left: 5, top: 5 });
  });
});

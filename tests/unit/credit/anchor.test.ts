// R-CREDIT-13: the badge sits right of the host's name, inside the viewport; docks when the name is not on screen.
import { describe, expect, it } from 'vitest';
import { badgePlacement, BADGE_BOX, samePlacement } from '@/lib/credit/anchor';

const vp = { width: 1280, height: 800 };
const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });

describe('badgePlacement', () => {
  it('right of the name, vertically centred on it', () => {
    expect(badgePlacement(box(100, 50, 80, 30), vp)).toEqual({ mode: 'anchored', left: 180 + BADGE_BOX.gap, top: 50 + (30 - BADGE_BOX.height) / 2 });
  });
  it('kept inside the viewport near the right edge', () => {
    const p = badgePlacement(box(1200, 0, 70, 20), vp);
    expect(p).toEqual({ mode: 'anchored', left: vp.width - BADGE_BOX.width - BADGE_BOX.margin, top: BADGE_BOX.margin });
  });
  it('docks when the name is missing, hidden (zero size) or scrolled away', () => {
    expect(badgePlacement(null, vp)).toEqual({ mode: 'dock' });
    expect(badgePlacement(box(10, 10, 0, 0), vp)).toEqual({ mode: 'dock' });
    expect(badgePlacement(box(10, -100, 50, 20), vp)).toEqual({ mode: 'dock' });
    expect(badgePlacement(box(10, 900, 50, 20), vp)).toEqual({ mode: 'dock' });
  });
  it('samePlacement compares by value', () => {
    expect(samePlacement({ mode: 'dock' }, { mode: 'dock' })).toBe(true);
    expect(samePlacement({ mode: 'anchored', left: 1, top: 2 }, { mode: 'anchored', left: 1, top: 2 })).toBe(true);
    expect(samePlacement({ mode: 'anchored', left: 1, top: 2 }, { mode: 'anchored', left: 1, top: 3 })).toBe(false);
    expect(samePlacement({ mode: 'anchored', left: 1, top: 2 }, { mode: 'dock' })).toBe(false);
  });
});

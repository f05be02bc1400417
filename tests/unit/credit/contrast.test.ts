// R-CREDIT-13: every badge state has a colour pair that passes WCAG AA (4.5:1 for normal text,
// computed with the WCAG 2.x relative-luminance formula), a text label, and "no record" looks
// unlike every credit level.
import { describe, expect, it } from 'vitest';
import { BADGE_STYLES, BLACKLIST_STYLE, CREDIT_LEVELS, badgeState, type BadgeState } from '@/lib/credit/levels';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('credit badge colours', () => {
  it('the formula matches known WCAG values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2); // the classic just-failing grey
  });

  it('every state and the blacklist mark pass AA (>= 4.5:1)', () => {
    const ratios = Object.fromEntries(Object.entries(BADGE_STYLES).map(([k, s]) => [k, contrast(s.fg, s.bg)]));
    for (const [state, r] of Object.entries(ratios)) expect(r, state).toBeGreaterThanOrEqual(4.5);
    expect(contrast(BLACKLIST_STYLE.fg, BLACKLIST_STYLE.bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('each state has its own label key and background; "no record" is dashed and light, unlike any level', () => {
    const states = Object.keys(BADGE_STYLES) as BadgeState[];
    expect(new Set(states.map((s) => BADGE_STYLES[s].labelKey)).size).toBe(states.length);
    expect(new Set(CREDIT_LEVELS.map((l) => BADGE_STYLES[`level${l}`].bg)).size).toBe(5);
    const none = BADGE_STYLES.none;
    expect(none.borderStyle).toBe('dashed');
    for (const l of CREDIT_LEVELS) {
      const s = BADGE_STYLES[`level${l}`];
      expect(s.borderStyle).toBe('solid');
      // a level is a dark chip with light text; "no record" the reverse
      expect(luminance(s.bg)).toBeLessThan(0.2);
    }
    expect(luminance(none.bg)).toBeGreaterThan(0.8);
  });

  it('maps levels and missing records to states', () => {
    expect(badgeState(1, true)).toBe('level1');
    expect(badgeState(5, true)).toBe('level5');
    expect(badgeState(null, true)).toBe('none');
    expect(badgeState(4, false)).toBe('none');
  });
});

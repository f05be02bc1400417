/**
 * Chinese numerals as hosts say prices aloud or type them in titles (九十九元, 一百二十九, 两千, 三千五,
 * 1万2): a small parser so a price said in words can be compared with the card (issue 19). Pure.
 */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 幺: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** characters a Chinese numeral is made of (for scanning a text) */
export const NUMERAL_CHARS = '零〇一幺二两俩三四五六七八九十百千万亿';

/**
 * The value of a numeral string, or null when it is not one. Handles 十九 (19), 一百零五 (105),
 * 两千 (2000), 三千五 (3500: a trailing digit after a unit is the next lower unit, as spoken),
 * 一万二 (12000), and Arabic digits mixed with units (1万2 = 12000, 2千 = 2000).
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0; // finished 万/亿 groups
  let group = 0; // current group below 万
  let digit: number | null = null; // pending digit (or Arabic number)
  let lastUnit = 0; // last small unit seen, for the spoken abbreviation 三千五
  let lastBig = 0;
  let zeroSeen = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const arabic = /\d/.test(c) ? s.slice(i).match(/^\d+(?:\.\d+)?/)![0] : null;
    if (arabic) {
      if (digit !== null) return null;
      digit = Number(arabic);
      i += arabic.length - 1;
      continue;
    }
    if (c in DIGIT) {
      if (digit !== null) return null; // 九九 is not a number we read
      digit = DIGIT[c];
      if (digit === 0) {
        zeroSeen = true;
        digit = null;
      }
      continue;
    }
    if (c in SMALL_UNIT) {
      const u = SMALL_UNIT[c];
      group += (digit ?? (u === 10 ? 1 : NaN)) * u; // 十 alone is 10; 百 alone is not a number
      if (Number.isNaN(group)) return null;
      digit = null;
      lastUnit = u;
      zeroSeen = false;
      continue;
    }
    if (c in BIG_UNIT) {
      const u = BIG_UNIT[c];
      const g = group + (digit ?? 0);
      if (g === 0) return null;
      total = (total + g) * u;
      group = 0;
      digit = null;
      lastUnit = 0;
      lastBig = u;
      zeroSeen = false;
      continue;
    }
    return null;
  }
  if (digit !== null) {
    // 三千五 = 3500, 一万二 = 12000 (no 零 in between); 一百零五 = 105
    if (!zeroSeen && lastUnit >= 100) group += digit * (lastUnit / 10);
    else if (!zeroSeen && lastUnit === 0 && lastBig) group += digit * (lastBig / 10);
    else group += digit;
  }
  const n = total + group;
  return Number.isFinite(n) ? n : null;
}

/**
 * The code a rule form may run on its match (issue 13): the forms' patterns and cues are data that
 * the background hands over with the rules (form-spec.ts), their few number checks stay code here,
 * named by the form (`check`). Moved unchanged from price-forms.ts.
 */
import type { FormCheckName } from '../bundle/form-check-names';
import type { Normalized } from './normalize';

const CN_VALUE: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 半: 0.5 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
/** "三百九十九" → 399, "199" → 199, "几百" → NaN (a vague amount compares with nothing) */
export function numberValue(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.includes('几')) return NaN;
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c in CN_VALUE) digit = CN_VALUE[c];
    else if (c in CN_UNIT) {
      total += (digit || 1) * CN_UNIT[c];
      digit = 0;
    } else if (c >= '0' && c <= '9') digit = digit * 10 + Number(c);
    else return NaN;
  }
  return total + digit;
}
/** was_now: the price now (group 2) below the past or tag price (group 1) */
const laterLower = (m: RegExpMatchArray) => {
  const was = numberValue(m[1]);
  const now = numberValue(m[2]);
  return was > 0 && now > 0 && now < was;
};

/**
 * A number's value from the normalised text, whose separators are dropped ("89.9" → "899", a gap
 * before the last 9): a dropped separator before the last one or two digits is a decimal point.
 * Without gaps (the prefilter's offset-free fold, structured.ts hasNumberHits) the lowest reading
 * is taken for the price now and the whole number for the reference, so the prefilter lets through
 * every line the full scan may flag.
 */
function priceAt(n: Normalized, from: number, digits: string, lowest: boolean): number {
  const whole = numberValue(digits);
  if (!/^\d{2,}$/.test(digits)) return whole;
  const split = (k: number) => Number(`${digits.slice(0, k)}.${digits.slice(k)}`);
  if (n.gap.length === 0) return lowest ? Math.min(whole, split(digits.length - 1), digits.length > 2 ? split(digits.length - 2) : whole) : whole;
  for (let k = digits.length - 2; k < digits.length; k++) if (k > 0 && n.gap[from + k] === 1) return split(k);
  return whole;
}
/** price_then_reference: "89.9元起,原价459元", the price now (group 1) below the reference named after it (group 2) */
const priceThenReference = (m: RegExpMatchArray, n: Normalized) => {
  const now = priceAt(n, m.index!, m[1], true);
  const ref = priceAt(n, m.index! + m[0].length - m[2].length, m[2], false);
  return now > 0 && ref > now;
};

/**
 * was_now_price: "was £49.99 now £19.99", the reference (group 1, the first number in the match) above
 * the price now (group 2, the match's end); a dropped separator before the last digits is a
 * decimal point, as in price_then_reference
 */
const wasNowPrice = (m: RegExpMatchArray, n: Normalized) => {
  const was = priceAt(n, m.index! + m[0].indexOf(m[1]), m[1], false);
  const now = priceAt(n, m.index! + m[0].length - m[2].length, m[2], true);
  return now > 0 && was > now;
};

/**
 * written_whole: no separator was dropped inside the match. A word is typed whole; chat apps' emoji codes are not
 * ("[色][色]", the heart-eyes emoji twice, folds to 色色: stop 33, the train split's shop SMS)
 */
const writtenWhole = (m: RegExpMatchArray, n: Normalized) => {
  for (let i = m.index! + 1; i < m.index! + m[0].length; i++) if (n.gap[i] === 1) return false;
  return true;
};

export const FORM_CHECKS: Record<FormCheckName, (m: RegExpMatchArray, n: Normalized) => boolean> = {
  later_lower: laterLower,
  price_then_reference: priceThenReference,
  was_now_price: wasNowPrice,
  written_whole: writtenWhole,
};

/**
 * A product card's or title's current price against its "original" (price-marking rules 2022,
 * R-RISK-1): a large ratio is worth a look. Reads the parsed prices when the page gave them.
 */
import type { RawHit } from './detector-types';

/** current vs "original" price: an original three times the price or more is worth a look */
export const PRICE_RATIO_FLAG = 3;
const ORIGINAL_PRICE = /(?:原价|划线价|市场价|专柜价|吊牌价|日常价|was|original price|list price)[:：\s]*[¥￥$]\s*(\d[\d,]*(?:\.\d+)?)/gi;
const ANY_PRICE = /[¥￥$]\s*(\d[\d,]*(?:\.\d+)?)/g;

export function priceHits(original: string, price?: number, originalPrice?: number): RawHit[] {
  let orig = originalPrice;
  let origSpan: [number, number] | null = null;
  const m = [...original.matchAll(ORIGINAL_PRICE)][0];
  if (m) {
    orig ??= Number(m[1].replace(/,/g, ''));
    origSpan = [m.index!, m.index! + m[0].length];
  }
  let cur = price;
  if (cur === undefined) {
    for (const p of original.matchAll(ANY_PRICE)) {
      if (origSpan && p.index! >= origSpan[0] && p.index! < origSpan[1]) continue;
      cur = Number(p[1].replace(/,/g, ''));
      break;
    }
  }
  if (!orig || !cur || cur <= 0 || orig / cur < PRICE_RATIO_FLAG) return [];
  const [start, end] = origSpan ?? [0, original.length];
  return [{ category: 'price_fraud', severity: 'notice', ruleId: 'R-RISK-1', messageKey: 'priceRatioNote', detector: 'price_ratio', start, end }];
}
